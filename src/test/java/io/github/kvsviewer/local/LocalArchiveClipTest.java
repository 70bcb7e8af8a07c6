package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kvsviewer.archive.Fragment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.kinesisvideo.model.APIName;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.KinesisVideoArchivedMediaClient;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ClipFragmentSelectorType;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.FragmentSelectorType;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.GetClipResponse;

/**
 * GetClip end to end: real H.264 demo footage in the store, the MP4 fetched with the
 * SDK from the data endpoint and decoded with FFmpeg, each frame's time-code strip
 * checked against the producer time stored for it.
 */
class LocalArchiveClipTest {

    /** 5 fragments of 10 frames (10 fps, 1 s), with a 1.1 s outage between the 3rd and 4th. */
    static final DemoStreamSpec SHELF = SmallFootage.spec("clip-shelf");
    /** 210 one-frame fragments: more than one GetClip may package. */
    static final DemoStreamSpec LONG = new DemoStreamSpec("clip-long", 480, 270, 10, Duration.ofMillis(100),
            SmallFootage.START, Duration.ofSeconds(21), List.of());
    /** Like SHELF, with the media files of its first and third fragments damaged on disk. */
    static final DemoStreamSpec DAMAGED = SmallFootage.spec("clip-damaged");

    @TempDir
    static Path dir;
    static LocalArchiveFixture archive;
    static KinesisVideoArchivedMediaClient media;

    @BeforeAll
    static void start() throws Exception {
        archive = LocalArchiveFixture.start(dir);
        DemoFootage.ensure(archive.store, LocalArchiveFixture.REGION, List.of(SHELF, LONG, DAMAGED), (s, d, t) -> { });
        List<Fragment> damaged = archive.store.fragments(DAMAGED.name());
        archive.damageMediaFile(DAMAGED.name(), damaged.get(0).number());
        archive.damageMediaFile(DAMAGED.name(), damaged.get(2).number());
        media = archive.archivedMedia(SHELF.name(), APIName.GET_CLIP);
    }

    @AfterAll
    static void stop() throws Exception {
        archive.close();
    }

    @Test
    void aClipHoldsEveryFrameOfTheFragmentsInRangeWithTheirProducerTimes() throws Exception {
        List<Fragment> stored = archive.store.fragments(SHELF.name());

        ResponseBytes<GetClipResponse> clip = getClip(SHELF.name(), ClipFragmentSelectorType.PRODUCER_TIMESTAMP,
                stored.get(0).producerTime(), stored.get(stored.size() - 1).producerTime());

        assertThat(clip.response().contentType()).isEqualTo("video/mp4");
        assertThat(LocalArchiveFixture.decodeStripTimes(clip.asByteArray()))
                .containsExactlyElementsOf(frameTimes(SHELF.name(), stored));
    }

    /**
     * The documented rule, seen in the decoded clip and agreeing with ListFragments:
     * a fragment is in when its start is inside the range, both ends inclusive. A
     * start 1 ms after fragment 1 begins loses fragment 1 (whose frames cover it);
     * an end 1 ms before fragment 3 begins loses fragment 3.
     */
    @ParameterizedTest(name = "start {0} ms, end {1} ms from fragment starts -> fragments {2}..{3}")
    @CsvSource({
            "0, 0, 1, 3",
            "-1, 0, 1, 3",
            "1, 0, 2, 3",
            "0, -1, 1, 2",
            "0, 1, 1, 3",
    })
    void inclusionRuleAtFragmentEdges(long startShiftMs, long endShiftMs, int firstIndex, int lastIndex)
            throws Exception {
        List<Fragment> stored = archive.store.fragments(SHELF.name());
        Instant start = stored.get(1).producerTime().plusMillis(startShiftMs);
        Instant end = stored.get(3).producerTime().plusMillis(endShiftMs);

        List<Instant> decoded = LocalArchiveFixture.decodeStripTimes(
                getClip(SHELF.name(), ClipFragmentSelectorType.PRODUCER_TIMESTAMP, start, end).asByteArray());

        List<Fragment> expected = stored.subList(firstIndex, lastIndex + 1);
        assertThat(decoded).containsExactlyElementsOf(frameTimes(SHELF.name(), expected));
        assertThat(listFragments(SHELF.name(), start, end)).containsExactlyElementsOf(
                expected.stream().map(Fragment::number).toList());
    }

    @Test
    void serverTimestampsSelectByTheServerClock() throws Exception {
        List<Fragment> stored = archive.store.fragments(SHELF.name());

        List<Instant> decoded = LocalArchiveFixture.decodeStripTimes(getClip(SHELF.name(),
                ClipFragmentSelectorType.SERVER_TIMESTAMP, stored.get(2).serverTime(),
                stored.get(4).serverTime().minusMillis(1)).asByteArray());

        assertThat(decoded).containsExactlyElementsOf(frameTimes(SHELF.name(), stored.subList(2, 4)));
    }

    /** Past 200 fragments the clip just ends, without an error; ListFragments still lists them all. */
    @Test
    void aClipStopsAfter200FragmentsWithoutAnError() throws Exception {
        List<Fragment> stored = archive.store.fragments(LONG.name());
        assertThat(stored).hasSize(210);
        Instant start = stored.get(0).producerTime();
        Instant end = stored.get(209).producerTime();

        List<Instant> decoded = LocalArchiveFixture.decodeStripTimes(
                getClip(LONG.name(), ClipFragmentSelectorType.PRODUCER_TIMESTAMP, start, end).asByteArray());

        assertThat(decoded).hasSize(200)
                .containsExactlyElementsOf(frameTimes(LONG.name(), stored.subList(0, 200)));
        assertThat(decoded.get(199)).isEqualTo(stored.get(199).producerTime());
        assertThat(listFragments(LONG.name(), start, end)).hasSize(210);
    }

    /**
     * Once the headers are out, a fragment that cannot be read cuts the connection
     * before the final chunk: the client gets an error, never a short clip that
     * looks complete.
     */
    @Test
    void aFragmentUnreadableMidClipBreaksTheResponse() {
        List<Fragment> stored = archive.store.fragments(DAMAGED.name());

        assertThatThrownBy(() -> getClip(DAMAGED.name(), ClipFragmentSelectorType.PRODUCER_TIMESTAMP,
                stored.get(1).producerTime(), stored.get(4).producerTime()))
                .isInstanceOf(SdkClientException.class);
    }

    /** The first fragment is read before answering, so its damage is still a clean JSON error. */
    @Test
    void anUnreadableFirstFragmentIsAnInternalFailure() {
        List<Fragment> stored = archive.store.fragments(DAMAGED.name());

        AwsServiceException error = catchThrowableOfType(AwsServiceException.class, () -> getClip(DAMAGED.name(),
                ClipFragmentSelectorType.PRODUCER_TIMESTAMP, stored.get(0).producerTime(), stored.get(1).producerTime()));

        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
    }

    private static ResponseBytes<GetClipResponse> getClip(String stream, ClipFragmentSelectorType type, Instant start,
            Instant end) {
        return archive.archivedMedia(stream, APIName.GET_CLIP).getClipAsBytes(b -> b.streamName(stream)
                .clipFragmentSelector(s -> s.fragmentSelectorType(type)
                        .timestampRange(r -> r.startTimestamp(start).endTimestamp(end))));
    }

    /** As the viewer does: list, then sort, since the service does not promise an order. */
    private static List<String> listFragments(String stream, Instant start, Instant end) {
        return archive.archivedMedia(stream, APIName.LIST_FRAGMENTS)
                .listFragmentsPaginator(b -> b.streamName(stream).fragmentSelector(s -> s
                        .fragmentSelectorType(FragmentSelectorType.PRODUCER_TIMESTAMP)
                        .timestampRange(r -> r.startTimestamp(start).endTimestamp(end))))
                .fragments().stream()
                .sorted(Comparator.comparing(f -> f.producerTimestamp()))
                .map(f -> f.fragmentNumber())
                .toList();
    }

    /** The producer time of every stored frame of these fragments, in order. */
    private static List<Instant> frameTimes(String stream, List<Fragment> fragments) throws IOException {
        List<Instant> times = new ArrayList<>();
        for (Fragment fragment : fragments) {
            for (AccessUnit unit : archive.store.readMedia(stream, fragment.number()).units()) {
                times.add(fragment.producerTime().plusMillis(unit.offsetMillis()));
            }
        }
        return times;
    }
}
