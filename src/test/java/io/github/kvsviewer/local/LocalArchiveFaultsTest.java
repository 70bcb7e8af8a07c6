package io.github.kvsviewer.local;

import static io.github.kvsviewer.local.LocalArchiveFixture.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.Fragment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisvideo.model.APIName;
import software.amazon.awssdk.services.kinesisvideo.model.ClientLimitExceededException;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ClipFragmentSelectorType;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.GetClipRequest;

/** The fault plan, seen through the SDK clients: off unless asked, and exactly what was asked. */
class LocalArchiveFaultsTest {

    @TempDir
    static Path dir;
    static LocalArchiveFixture archive;
    static List<Fragment> shelf;

    @BeforeAll
    static void start() throws Exception {
        archive = LocalArchiveFixture.start(dir);
        for (String name : List.of("a-1", "a-2", "a-3", "b-1", "b-2")) {
            archive.createStream(name);
        }
        shelf = archive.addSmallFootage("shelf");
    }

    @AfterEach
    void clearFaults() {
        archive.faults.reset();
    }

    @AfterAll
    static void stop() throws Exception {
        archive.close();
    }

    @Test
    void aServerStartedWithoutAPlanHasNoFaultsAndFullPages() throws Exception {
        assertThat(archive.faults.toString()).contains("throttled=[]", "dropNextClipAfter=-1");
        assertThat(archive.controlPlane().listStreams(b -> b.maxResults(10)).streamInfoList()).hasSize(6);
        assertThat(clipBytes(shelf.get(0).producerTime(), shelf.get(4).producerTime())).isGreaterThan(10_000);
    }

    @Test
    void throttlesTheNextRequestsOfOneOperationThenAnswers() {
        archive.faults.throttle("DescribeStream", 2);

        for (int i = 0; i < 2; i++) {
            expectError(ClientLimitExceededException.class, 400,
                    () -> archive.controlPlane().describeStream(b -> b.streamName("a-1")));
        }
        assertThat(archive.controlPlane().describeStream(b -> b.streamName("a-1")).streamInfo().streamName())
                .isEqualTo("a-1");
        // Other operations are not affected; the SDK did not retry the throttled calls by itself.
        assertThat(archive.controlPlane().listStreams(b -> b.maxResults(10)).streamInfoList()).isNotEmpty();
        assertThat(archive.faults.requests("DescribeStream")).isEqualTo(3);
    }

    @Test
    void throttlesAfterLettingSomeThrough() {
        archive.faults.throttle("DescribeStream", 1, 1);

        archive.controlPlane().describeStream(b -> b.streamName("a-1"));
        expectError(ClientLimitExceededException.class, 400,
                () -> archive.controlPlane().describeStream(b -> b.streamName("a-1")));
        archive.controlPlane().describeStream(b -> b.streamName("a-1"));
    }

    @Test
    void pagesCanBeShorterThanAsked() {
        archive.faults.limitPageSize(2);

        var first = archive.controlPlane().listStreams(b -> b.maxResults(100));

        assertThat(first.streamInfoList()).hasSize(2);
        assertThat(first.nextToken()).isNotNull();
        assertThat(archive.controlPlane().listStreamsPaginator(b -> b.maxResults(100)).streamInfoList()).hasSize(6);
        assertThat(archive.faults.requests("ListStreams")).isEqualTo(1 + 3);
    }

    /** The client gets the first bytes, then a connection that ends without the closing chunk. */
    @Test
    void dropsOneClipAfterSomeBytes() throws Exception {
        archive.faults.dropNextClipAfter(5000);
        long[] received = {0};

        assertThatThrownBy(() -> {
            try (InputStream body = getClip(shelf.get(0).producerTime(), shelf.get(4).producerTime())) {
                byte[] buffer = new byte[1024];
                for (int n; (n = body.read(buffer)) >= 0; ) {
                    received[0] += n;
                }
            }
        }).isInstanceOf(IOException.class);
        assertThat(received[0]).isEqualTo(5000);
        // Only the next clip.
        assertThat(clipBytes(shelf.get(0).producerTime(), shelf.get(4).producerTime())).isGreaterThan(5000);
    }

    @Test
    void unknownOperationNamesAreRefused() {
        assertThatThrownBy(() -> archive.faults.throttle("GetClips", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GetClip");
    }

    private static long clipBytes(Instant start, Instant end) throws IOException {
        try (InputStream body = getClip(start, end)) {
            return body.readAllBytes().length;
        }
    }

    private static InputStream getClip(Instant start, Instant end) {
        return archive.archivedMedia("shelf", APIName.GET_CLIP).getClip(GetClipRequest.builder().streamName("shelf")
                .clipFragmentSelector(s -> s.fragmentSelectorType(ClipFragmentSelectorType.PRODUCER_TIMESTAMP)
                        .timestampRange(r -> r.startTimestamp(start).endTimestamp(end)))
                .build());
    }
}
