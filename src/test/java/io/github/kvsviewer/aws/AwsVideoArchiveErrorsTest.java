package io.github.kvsviewer.aws;

import static io.github.kvsviewer.local.LocalArchiveFixture.ACCESS_KEY;
import static io.github.kvsviewer.local.LocalArchiveFixture.REGION;
import static io.github.kvsviewer.local.LocalArchiveFixture.SECRET_KEY;
import static io.github.kvsviewer.local.LocalArchiveFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ArchiveException.Kind;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import io.github.kvsviewer.archive.TransferListener;
import io.github.kvsviewer.aws.LocalConnection.Recorder;
import io.github.kvsviewer.local.LocalArchiveFixture;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Every kind of failure, caused for real by the local archive over HTTP, arrives
 * as an {@link ArchiveException} of the right kind with a message an operator can
 * act on, and the SDK's exception kept as the cause for the log.
 */
class AwsVideoArchiveErrorsTest extends LocalArchiveClientTest {

    static final TimeRange FOUR_SECONDS = TimeRange.of(T0, Duration.ofSeconds(4));

    @TempDir
    static Path dir;
    static List<Fragment> shelf;

    @BeforeAll
    static void start() throws Exception {
        archive = LocalArchiveFixture.start(dir);
        archive.createStream("shelf");
        archive.createStream("no-codec-data");
        archive.createStream("no-retention", 0);
        shelf = archive.appendFakeFragments("shelf", T0, Duration.ofSeconds(2), 5);
        archive.appendFakeFragments("no-codec-data", T0, Duration.ofSeconds(2), 3, new byte[0]);
        archive.appendFakeFragments("no-retention", T0, Duration.ofSeconds(2), 3);
    }

    @Test
    void anUnknownStreamIsNotFoundWhateverTheCall() {
        String message = "There is no stream named 'nope' in region ap-northeast-1. Check the stream name and the "
                + "region.";

        expect(Kind.STREAM_NOT_FOUND, message, () -> kvs.describeStream("nope"));
        expect(Kind.STREAM_NOT_FOUND, message, () -> kvs.listFragments("nope", FOUR_SECONDS, TimestampKind.PRODUCER));
        expect(Kind.STREAM_NOT_FOUND, message, () -> kvs.getClip("nope", FOUR_SECONDS, TimestampKind.PRODUCER,
                List.of(), TransferListener.NONE));
    }

    @Test
    void aMalformedStreamNameIsNotFoundEither() {
        expect(Kind.STREAM_NOT_FOUND, "'shelf 1/a' is not a valid stream name: names use only letters, digits, '_', "
                + "'.' and '-'. Check the stream name.", () -> kvs.describeStream("shelf 1/a"));
    }

    /** Inside the first fragment, after its start: nothing starts in the range. */
    @Test
    void aRangeWhereNoFragmentStartsHasNoFootage() {
        TimeRange insideFirst = new TimeRange(T0.plusMillis(1), T0.plusMillis(1500));

        expect(Kind.NO_FOOTAGE, "No footage of 'shelf' starts in the chosen range. Choose a range that starts "
                + "earlier, or check the footage map for gaps.", () -> kvs.getClip("shelf", insideFirst,
                TimestampKind.PRODUCER, List.of(), TransferListener.NONE));
    }

    @Test
    void aStreamThatKeepsNothingHasNoFootage() {
        expect(Kind.NO_FOOTAGE, "Stream 'no-retention' keeps no footage (its data retention is 0 hours). Set a "
                + "retention period for it in the Kinesis Video Streams console.", () -> kvs.getClip("no-retention",
                FOUR_SECONDS, TimestampKind.PRODUCER, List.of(), TransferListener.NONE));
    }

    @Test
    void aRangeThatIsEmptyOrTooLongIsInvalid() {
        Instant start = shelf.get(1).producerTime();

        expect(Kind.INVALID_RANGE, "The range is empty: its end must be later than its start. Choose another range.",
                () -> kvs.getClip("shelf", new TimeRange(start, start), TimestampKind.PRODUCER, List.of(),
                        TransferListener.NONE));
        expect(Kind.INVALID_RANGE, "The range is longer than 24 hours, which Kinesis Video Streams cannot return as "
                + "one clip. Choose a shorter range.", () -> kvs.getClip("shelf",
                TimeRange.of(start, Duration.ofHours(24).plusMillis(1)), TimestampKind.PRODUCER, List.of(),
                TransferListener.NONE));
    }

    @Test
    void footageWithoutCodecDataCannotBePlayed() {
        expect(Kind.UNPLAYABLE_MEDIA, "The footage of 'no-codec-data' in this range cannot be played: the camera sent "
                + "no codec data with it. Try another range; if every range fails, check the camera's video settings.",
                () -> kvs.getClip("no-codec-data", FOUR_SECONDS, TimestampKind.PRODUCER, List.of(),
                        TransferListener.NONE));
    }

    /** Bounded: FAST_ATTEMPTS requests, a told wait between each two, then the operator is told. */
    @Test
    void throttledOnEveryAttemptGivesUp() {
        archive.faults.throttleAlways("GetClip");
        Recorder recorder = new Recorder();

        expect(Kind.THROTTLED, "Kinesis Video Streams is busy and asked us to slow down. Wait a minute, then try "
                + "again.", () -> kvs.getClip("shelf", FOUR_SECONDS, TimestampKind.PRODUCER, shelf, recorder));
        assertThat(archive.faults.requests("GetClip")).isEqualTo(LocalConnection.FAST_ATTEMPTS);
        assertThat(recorder.waits).hasSize(LocalConnection.FAST_ATTEMPTS - 1);
        assertThat(recorder.progress).isEmpty();
    }

    @Test
    void listingsGiveUpOnThrottlingToo() {
        archive.faults.throttleAlways("ListStreams");

        expect(Kind.THROTTLED, "Kinesis Video Streams is busy and asked us to slow down. Wait a minute, then try "
                + "again.", () -> kvs.listStreams(""));
        assertThat(archive.faults.requests("ListStreams")).isEqualTo(LocalConnection.FAST_ATTEMPTS);
    }

    @Test
    void aWrongSecretOrKeyIsNotAuthorized() {
        String message = "Kinesis Video Streams did not accept the access key (wrong secret key, or a deleted key). "
                + "Check the keys.";
        try (AwsVideoArchive wrongSecret = AwsVideoArchive.connect(
                ArchiveConnection.local(archive.endpoint(), REGION, ACCESS_KEY, SECRET_KEY + "x"));
                AwsVideoArchive wrongKey = AwsVideoArchive.connect(
                        ArchiveConnection.local(archive.endpoint(), REGION, "AKIDSOMEONEELSE", SECRET_KEY))) {
            expect(Kind.NOT_AUTHORIZED, message, () -> wrongSecret.listStreams(""));
            expect(Kind.NOT_AUTHORIZED, message, () -> wrongKey.describeStream("shelf"));
        }
    }

    @Test
    void anEndpointWithNothingListeningIsANetworkError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);

        try (AwsVideoArchive unreachable = AwsVideoArchive.connect(
                ArchiveConnection.local(nowhere, REGION, ACCESS_KEY, SECRET_KEY))) {
            ArchiveException error = catchThrowableOfType(ArchiveException.class, () -> unreachable.listStreams(""));

            assertThat(error.kind()).isEqualTo(Kind.NETWORK);
            assertThat(error).hasMessage("Could not connect to the archive at " + nowhere + " (connection refused). "
                    + "Check the network connection, then try again.");
            assertThat(error.getCause()).isInstanceOf(SdkClientException.class);
        }
    }

    /** Kind and exact message; the service's own error stays behind it for the log. */
    private static void expect(Kind kind, String message, ThrowingCallable call) {
        ArchiveException error = catchThrowableOfType(ArchiveException.class, call);
        assertThat(error).as("expected %s", kind).isNotNull();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error).hasMessage(message);
        assertThat(error.getCause()).isInstanceOf(AwsServiceException.class);
    }
}
