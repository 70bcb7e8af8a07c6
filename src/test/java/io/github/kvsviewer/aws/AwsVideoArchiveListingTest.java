package io.github.kvsviewer.aws;

import static io.github.kvsviewer.local.LocalArchiveFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import io.github.kvsviewer.local.LocalArchiveFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing through {@link AwsVideoArchive} against the local archive over HTTP:
 * every page is read (the archive is told to answer short pages), fragments come
 * back sorted by producer time although each page arrives scrambled, and data
 * endpoints are asked for once.
 */
class AwsVideoArchiveListingTest extends LocalArchiveClientTest {

    static final TimeRange ALL = TimeRange.of(T0.minusSeconds(60), Duration.ofHours(1));

    @TempDir
    static Path dir;
    /** 25 fragments 2 s apart. */
    static List<Fragment> shelf;
    /** Fragments that arrived out of producer order: numbered 1..4 but starting at 0, 6, 2, 4 s. */
    static List<Fragment> late;

    @BeforeAll
    static void start() throws Exception {
        archive = LocalArchiveFixture.start(dir);
        for (String name : List.of("cafe-shelf-1", "cafe-shelf-2", "cafe-shelf-3", "cafe-entrance", "warehouse",
                "shelf", "late")) {
            archive.createStream(name);
        }
        shelf = archive.appendFakeFragments("shelf", T0, Duration.ofSeconds(2), 25);
        late = new ArrayList<>();
        for (int seconds : new int[] {0, 6, 2, 4}) {
            late.addAll(archive.appendFakeFragments("late", T0.plusSeconds(seconds), Duration.ofSeconds(2), 1));
        }
    }

    /** The SDK's ListStreams sends no MaxResults, so the archive is told to page by two. */
    @Test
    void listStreamsReadsEveryPage() {
        archive.faults.limitPageSize(2);

        List<String> names = kvs.listStreams("").stream().map(StreamInfo::name).toList();

        assertThat(names).containsExactly("cafe-entrance", "cafe-shelf-1", "cafe-shelf-2", "cafe-shelf-3", "late",
                "shelf", "warehouse");
        assertThat(archive.faults.requests("ListStreams")).isEqualTo(4);
    }

    @Test
    void listStreamsFiltersByPrefixOnEveryPage() {
        archive.faults.limitPageSize(1);

        assertThat(kvs.listStreams("cafe-shelf")).extracting(StreamInfo::name)
                .containsExactly("cafe-shelf-1", "cafe-shelf-2", "cafe-shelf-3");
        assertThat(kvs.listStreams("nothing-like-this")).isEmpty();
    }

    @Test
    void describeStreamGivesWhatTheArchiveStores() {
        StreamInfo stored = archive.store.stream("cafe-entrance").orElseThrow();

        StreamInfo described = kvs.describeStream("cafe-entrance");

        assertThat(described).isEqualTo(stored);
        assertThat(described.arn()).startsWith("arn:aws:kinesisvideo:ap-northeast-1:");
        assertThat(described.retentionHours()).isEqualTo(24);
        assertThat(kvs.listStreams("cafe-entrance")).containsExactly(stored);
    }

    /** Seven scrambled pages of at most four: the result is every fragment once, in producer-time order. */
    @Test
    void listFragmentsReadsEveryPageAndSortsByProducerTime() {
        archive.faults.limitPageSize(4);

        List<Fragment> listed = kvs.listFragments("shelf", ALL, TimestampKind.PRODUCER);

        assertThat(listed).containsExactlyElementsOf(shelf);
        assertThat(archive.faults.requests("ListFragments")).isEqualTo(7);
    }

    @Test
    void fragmentsAreSortedByProducerTimeNotByNumber() {
        List<Fragment> listed = kvs.listFragments("late", ALL, TimestampKind.PRODUCER);

        assertThat(listed).containsExactly(late.get(0), late.get(2), late.get(3), late.get(1));
        assertThat(listed).extracting(Fragment::producerTime).isSorted();
    }

    @Test
    void aRangeSelectsFragmentsByTheChosenClock() {
        Fragment third = shelf.get(2);
        Fragment fifth = shelf.get(4);

        assertThat(kvs.listFragments("shelf", new TimeRange(third.producerTime(), fifth.producerTime()),
                TimestampKind.PRODUCER)).containsExactlyElementsOf(shelf.subList(2, 5));
        assertThat(kvs.listFragments("shelf", new TimeRange(third.serverTime(), fifth.serverTime().minusMillis(1)),
                TimestampKind.SERVER)).containsExactlyElementsOf(shelf.subList(2, 4));
        assertThat(kvs.listFragments("shelf", TimeRange.of(T0.plus(Duration.ofDays(3)), Duration.ofHours(1)),
                TimestampKind.PRODUCER)).isEmpty();
    }

    @Test
    void theDataEndpointIsAskedOncePerStreamAndApi() {
        kvs.listFragments("shelf", ALL, TimestampKind.PRODUCER);
        kvs.listFragments("shelf", ALL, TimestampKind.PRODUCER);
        assertThat(archive.faults.requests("GetDataEndpoint")).isEqualTo(1);

        kvs.listFragments("late", ALL, TimestampKind.PRODUCER);
        assertThat(archive.faults.requests("GetDataEndpoint")).isEqualTo(2);
    }

    /** A page throttled mid-listing is asked again on its own: 3 pages + 2 throttled answers = 5 requests. */
    @Test
    void aThrottledPageIsRetriedWithoutStartingOver() {
        archive.faults.limitPageSize(10).throttle("ListFragments", 1, 2);

        List<Fragment> listed = kvs.listFragments("shelf", ALL, TimestampKind.PRODUCER);

        assertThat(listed).containsExactlyElementsOf(shelf);
        assertThat(archive.faults.requests("ListFragments")).isEqualTo(5);
    }
}
