package io.github.kvsviewer.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import io.github.kvsviewer.aws.LocalConnection.Recorder;
import io.github.kvsviewer.aws.LocalConnection.Recorder.Progress;
import io.github.kvsviewer.local.LocalArchiveFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * GetClip through {@link AwsVideoArchive} against the local archive over HTTP:
 * real H.264 footage whose MP4 decodes to the stored frames, progress, cancel,
 * throttling that is waited out, and a connection that drops part-way.
 */
class AwsVideoArchiveClipTest extends LocalArchiveClientTest {

    @TempDir
    static Path dir;
    /** 5 fragments of 10 frames (10 fps), a 1.1 s outage between the 3rd and the 4th. */
    static List<Fragment> stored;
    static TimeRange all;

    @BeforeAll
    static void start() throws Exception {
        archive = LocalArchiveFixture.start(dir);
        stored = archive.addSmallFootage("shelf");
        all = new TimeRange(stored.get(0).producerTime(), stored.get(stored.size() - 1).producerTime());
    }

    @Test
    void theClipDecodesToEveryStoredFrameOfTheListedFragments() throws Exception {
        List<Fragment> listed = kvs.listFragments("shelf", all, TimestampKind.PRODUCER);

        ClipBytes clip = kvs.getClip("shelf", all, TimestampKind.PRODUCER, listed, new Recorder());

        assertThat(listed).containsExactlyElementsOf(stored);
        assertThat(clip.requested()).isEqualTo(all);
        assertThat(clip.expectedFragments()).isEqualTo(listed);
        assertThat(LocalArchiveFixture.decodeStripTimes(clip.mp4()))
                .hasSize(50)
                .containsExactlyElementsOf(archive.frameTimes("shelf", stored));
    }

    /** Bytes so far against an estimate that never falls below them, ending at the clip's size as the total. */
    @Test
    void progressGrowsAndEndsAtTheTotal() {
        Recorder recorder = new Recorder();

        ClipBytes clip = kvs.getClip("shelf", all, TimestampKind.PRODUCER, stored, recorder);

        long total = clip.mp4().length;
        assertThat(recorder.progress).isNotEmpty();
        assertThat(recorder.progress).extracting(Progress::received).isSorted().allMatch(r -> r > 0);
        assertThat(recorder.progress).allMatch(p -> p.expectedTotal() >= p.received());
        assertThat(recorder.progress.get(recorder.progress.size() - 1)).isEqualTo(new Progress(total, total));
        assertThat(recorder.waits).isEmpty();
    }

    @Test
    void cancellingStopsTheDownloadAtTheNextRead() {
        Recorder cancelsAfterFirstReport = new Recorder(1, -1);

        ArchiveException error = catchThrowableOfType(ArchiveException.class, () -> kvs.getClip("shelf", all,
                TimestampKind.PRODUCER, stored, cancelsAfterFirstReport));

        assertThat(error.kind()).isEqualTo(ArchiveException.Kind.CANCELLED);
        assertThat(error).hasMessage("The download was cancelled.");
        assertThat(cancelsAfterFirstReport.progress).hasSize(1);
        // The aborted connection is not reused: the next clip comes whole.
        assertThat(kvs.getClip("shelf", all, TimestampKind.PRODUCER, stored, new Recorder()).mp4())
                .hasSizeGreaterThan((int) cancelsAfterFirstReport.progress.get(0).received());
    }

    /** The SDK does not retry ClientLimitExceededException; we do, and say so each time. */
    @Test
    void aThrottledClipIsWaitedOutAndTheWaitsAreTold() throws Exception {
        archive.faults.throttle("GetClip", 2);
        Recorder recorder = new Recorder();

        ClipBytes clip = kvs.getClip("shelf", all, TimestampKind.PRODUCER, stored, recorder);

        assertThat(recorder.waits).hasSize(2).allMatch(w -> w.startsWith("Kinesis Video Streams is busy; trying again"));
        assertThat(recorder.waits.get(0)).endsWith("(attempt 2 of 4)");
        assertThat(recorder.waits.get(1)).endsWith("(attempt 3 of 4)");
        assertThat(archive.faults.requests("GetClip")).isEqualTo(3);
        assertThat(LocalArchiveFixture.decodeStripTimes(clip.mp4())).hasSize(50);
    }

    @Test
    void cancellingWhileThrottledStopsWaiting() {
        archive.faults.throttleAlways("GetClip");
        Recorder cancelsOnFirstWait = new Recorder(-1, 1);

        ArchiveException error = catchThrowableOfType(ArchiveException.class, () -> kvs.getClip("shelf", all,
                TimestampKind.PRODUCER, stored, cancelsOnFirstWait));

        assertThat(error.kind()).isEqualTo(ArchiveException.Kind.CANCELLED);
        assertThat(error).hasMessage("Cancelled while Kinesis Video Streams was busy.");
        assertThat(archive.faults.requests("GetClip")).isEqualTo(1);
    }

    @Test
    void aConnectionDroppedMidClipIsANetworkError() {
        archive.faults.dropNextClipAfter(20_000);
        Recorder recorder = new Recorder();

        ArchiveException error = catchThrowableOfType(ArchiveException.class, () -> kvs.getClip("shelf", all,
                TimestampKind.PRODUCER, stored, recorder));

        assertThat(error.kind()).isEqualTo(ArchiveException.Kind.NETWORK);
        assertThat(error).hasMessage("The download of 'shelf' from the archive at " + archive.endpoint()
                + " broke off after 19 KB. Check the network connection, then try again.");
        assertThat(error.getCause()).isNotInstanceOf(SdkException.class).hasMessageContaining("chunk");
        assertThat(recorder.progress).isNotEmpty().allMatch(p -> p.received() <= 20_000);
        assertThat(archive.faults.requests("GetClip")).isEqualTo(1);
    }
}
