package io.github.kvsviewer.local;

import static io.github.kvsviewer.local.LocalArchiveFixture.SERVER_DELAY;
import static io.github.kvsviewer.local.LocalArchiveFixture.T0;
import static io.github.kvsviewer.local.LocalArchiveFixture.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kvsviewer.archive.Fragment;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.kinesisvideo.model.APIName;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.KinesisVideoArchivedMediaClient;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.FragmentSelectorType;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ListFragmentsRequest;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ListFragmentsResponse;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ResourceNotFoundException;

/** ListFragments through the SDK v2 archived-media client on the data endpoint. */
class LocalArchiveFragmentsTest {

    /** Ten fragments 2 s apart from T0, frames every 100 ms: each 1900 ms long, as KVS measures. */
    static final Duration SPACING = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    LocalArchiveFixture archive;
    KinesisVideoArchivedMediaClient media;
    List<Fragment> stored;

    @BeforeEach
    void start() throws Exception {
        archive = LocalArchiveFixture.start(dir);
        archive.createStream("shelf");
        archive.createStream("other");
        stored = archive.appendFakeFragments("shelf", T0, SPACING, 10);
        media = archive.archivedMedia("shelf", APIName.LIST_FRAGMENTS);
    }

    @AfterEach
    void stop() throws Exception {
        archive.close();
    }

    @Test
    void fragmentsCarryTheirNumberSizeTimesAndLength() {
        var listed = list(FragmentSelectorType.PRODUCER_TIMESTAMP, T0, T0.plusSeconds(60), b -> b).fragments();

        assertThat(listed).hasSize(10);
        var first = listed.stream().min((a, b) -> a.producerTimestamp().compareTo(b.producerTimestamp())).orElseThrow();
        assertThat(first.fragmentNumber()).isEqualTo(stored.get(0).number()).hasSizeGreaterThan(40);
        assertThat(first.fragmentSizeInBytes()).isEqualTo(stored.get(0).sizeBytes());
        assertThat(first.producerTimestamp()).isEqualTo(T0);
        assertThat(first.serverTimestamp()).isEqualTo(T0.plus(SERVER_DELAY));
        assertThat(first.fragmentLengthInMilliseconds()).isEqualTo(1900L);
    }

    @Test
    void pagesCoverEveryFragmentOnceAndTheTokenCarriesTheSelector() {
        List<String> numbers = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        ListFragmentsResponse page = list(FragmentSelectorType.PRODUCER_TIMESTAMP, T0, T0.plusSeconds(60),
                b -> b.maxResults(4L));
        while (true) {
            page.fragments().forEach(f -> numbers.add(f.fragmentNumber()));
            pageSizes.add(page.fragments().size());
            if (page.nextToken() == null) {
                break;
            }
            String token = page.nextToken();
            // The API needs the selector only without a token: follow-up pages leave it out.
            page = media.listFragments(b -> b.streamName("shelf").maxResults(4L).nextToken(token));
        }

        assertThat(pageSizes).containsExactly(4, 4, 2);
        assertThat(numbers).containsExactlyElementsOf(stored.stream().map(Fragment::number).toList());
        assertThat(media.listFragmentsPaginator(request(FragmentSelectorType.PRODUCER_TIMESTAMP, T0,
                T0.plusSeconds(60), b -> b.maxResults(3L))).fragments()).hasSize(10);
    }

    /**
     * A fragment is listed when its start lies in the range, both ends inclusive: a
     * range starting 1 ms after fragment 2 begins loses fragment 2, one ending 1 ms
     * before fragment 5 begins loses fragment 5.
     */
    @ParameterizedTest(name = "start {0} ms, end {1} ms from fragment starts -> fragments {2}..{3}")
    @CsvSource({
            "0, 0, 2, 5",
            "-1, 0, 2, 5",
            "1, 0, 3, 5",
            "0, -1, 2, 4",
            "0, 1, 2, 5",
            "1, -1, 3, 4",
    })
    void inclusionRuleAtFragmentEdges(long startShiftMs, long endShiftMs, int firstIndex, int lastIndex) {
        for (FragmentSelectorType type : FragmentSelectorType.knownValues()) {
            Function<Fragment, Instant> clock = type == FragmentSelectorType.SERVER_TIMESTAMP
                    ? Fragment::serverTime : Fragment::producerTime;
            Instant start = clock.apply(stored.get(2)).plusMillis(startShiftMs);
            Instant end = clock.apply(stored.get(5)).plusMillis(endShiftMs);

            List<String> listed = list(type, start, end, b -> b).fragments().stream()
                    .map(f -> f.fragmentNumber()).sorted().toList();

            assertThat(listed).as("%s", type).containsExactlyElementsOf(
                    stored.subList(firstIndex, lastIndex + 1).stream().map(Fragment::number).toList());
        }
    }

    @Test
    void aRangeInsideOneFragmentListsNothing() {
        assertThat(list(FragmentSelectorType.PRODUCER_TIMESTAMP, T0.plusMillis(1), T0.plusMillis(1999), b -> b)
                .fragments()).isEmpty();
    }

    /**
     * botocore and the AWS CLI send whole seconds, the Java SDK milliseconds as
     * decimals; other encoders may use an exponent. All are plain JSON numbers.
     */
    @Test
    void timestampsInWholeSecondsOrWithAnExponentAreAccepted() throws Exception {
        // T0 is 1732500000.5: whole second 1732500000 is just before fragment 0, 1.7325000045E9 is fragment 2's start.
        var response = archive.postSigned("/listFragments", """
                {"StreamName": "shelf", "FragmentSelector": {"FragmentSelectorType": "PRODUCER_TIMESTAMP",
                 "TimestampRange": {"StartTimestamp": 1732500000, "EndTimestamp": 1.7325000045E9}}}""");

        assertThat(response.statusCode()).isEqualTo(200);
        var fragments = new ObjectMapper().readTree(response.body()).path("Fragments");
        assertThat(fragments).hasSize(3);
        assertThat(fragments.get(0).path("ProducerTimestamp").decimalValue())
                .isEqualByComparingTo(new BigDecimal("1732500000.5"));
    }

    @Test
    void byStreamArnToo() {
        String arn = archive.store.stream("shelf").orElseThrow().arn();
        assertThat(media.listFragments(request(FragmentSelectorType.PRODUCER_TIMESTAMP, T0, T0.plusSeconds(60),
                b -> b.streamName(null).streamARN(arn))).fragments()).hasSize(10);
    }

    @Test
    void errorsAreTheServiceTypedExceptions() {
        expectError(ResourceNotFoundException.class, 404, () -> media.listFragments(request(
                FragmentSelectorType.PRODUCER_TIMESTAMP, T0, T0.plusSeconds(1), b -> b.streamName("nope"))));
        expectError(InvalidArgumentException.class, 400, () -> media.listFragments(request(
                FragmentSelectorType.PRODUCER_TIMESTAMP, T0.plusSeconds(1), T0, b -> b)));
        expectError(InvalidArgumentException.class, 400, () -> media.listFragments(request(
                FragmentSelectorType.PRODUCER_TIMESTAMP, T0, T0.plusSeconds(1), b -> b.maxResults(0L))));
        expectError(InvalidArgumentException.class, 400, () -> media.listFragments(request(
                FragmentSelectorType.PRODUCER_TIMESTAMP, T0, T0.plusSeconds(1), b -> b.maxResults(1001L))));
        expectError(InvalidArgumentException.class, 400,
                () -> media.listFragments(b -> b.streamName("shelf")));
        expectError(InvalidArgumentException.class, 400,
                () -> media.listFragments(b -> b.streamName("shelf").nextToken("Zm9yZ2VkIHRva2Vu")));
        expectError(InvalidArgumentException.class, 400,
                () -> media.listFragments(b -> b.streamName("shelf").nextToken("not base64!")));
        expectError(InvalidArgumentException.class, 400, () -> media.listFragments(b -> b.streamName("shelf")
                .fragmentSelector(s -> s.fragmentSelectorType("WALL_CLOCK")
                        .timestampRange(r -> r.startTimestamp(T0).endTimestamp(T0.plusSeconds(1))))));
    }

    @Test
    void aTokenIsOnlyValidForItsOwnStream() {
        String token = list(FragmentSelectorType.PRODUCER_TIMESTAMP, T0, T0.plusSeconds(60), b -> b.maxResults(1L))
                .nextToken();

        expectError(InvalidArgumentException.class, 400,
                () -> media.listFragments(b -> b.streamName("other").nextToken(token)));
    }

    private ListFragmentsResponse list(FragmentSelectorType type, Instant start, Instant end,
            Function<ListFragmentsRequest.Builder, ListFragmentsRequest.Builder> extra) {
        return media.listFragments(request(type, start, end, extra));
    }

    private static ListFragmentsRequest request(FragmentSelectorType type, Instant start, Instant end,
            Function<ListFragmentsRequest.Builder, ListFragmentsRequest.Builder> extra) {
        ListFragmentsRequest.Builder builder = ListFragmentsRequest.builder().streamName("shelf")
                .fragmentSelector(s -> s.fragmentSelectorType(type)
                        .timestampRange(r -> r.startTimestamp(start).endTimestamp(end)));
        return extra.apply(builder).build();
    }
}
