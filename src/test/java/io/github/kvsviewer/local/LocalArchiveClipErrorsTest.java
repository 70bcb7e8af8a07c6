package io.github.kvsviewer.local;

import static io.github.kvsviewer.local.LocalArchiveFixture.T0;
import static io.github.kvsviewer.local.LocalArchiveFixture.expectError;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisvideo.model.APIName;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.KinesisVideoArchivedMediaClient;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ClipFragmentSelectorType;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.GetClipRequest;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.NoDataRetentionException;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ResourceNotFoundException;

/** GetClip requests the service refuses, each refused before any media is sent. */
class LocalArchiveClipErrorsTest {

    @TempDir
    Path dir;
    LocalArchiveFixture archive;
    KinesisVideoArchivedMediaClient media;

    @BeforeEach
    void start() throws Exception {
        archive = LocalArchiveFixture.start(dir);
        archive.createStream("shelf");
        archive.createStream("no-retention", 0);
        archive.appendFakeFragments("shelf", T0, Duration.ofSeconds(2), 5);
        archive.appendFakeFragments("no-retention", T0, Duration.ofSeconds(2), 5);
        media = archive.archivedMedia("shelf", APIName.GET_CLIP);
    }

    @AfterEach
    void stop() throws Exception {
        archive.close();
    }

    @Test
    void theRangeMustEndAfterItStarts() {
        expectError(InvalidArgumentException.class, 400, () -> getClip("shelf", T0.plusSeconds(4), T0));
        expectError(InvalidArgumentException.class, 400, () -> getClip("shelf", T0, T0));
    }

    @Test
    void theRangeMayNotExceed24Hours() {
        expectError(InvalidArgumentException.class, 400,
                () -> getClip("shelf", T0, T0.plus(Duration.ofHours(24)).plusMillis(1)));
        // Exactly 24 h passes validation; this one just holds no fragment.
        Instant later = T0.plus(Duration.ofDays(2));
        expectError(ResourceNotFoundException.class, 404, () -> getClip("shelf", later, later.plus(Duration.ofHours(24))));
    }

    @Test
    void noFragmentInRangeIsResourceNotFound() {
        // Inside fragment 0, which began before the range: nothing starts in it.
        expectError(ResourceNotFoundException.class, 404, () -> getClip("shelf", T0.plusMillis(1), T0.plusMillis(1500)));
        expectError(ResourceNotFoundException.class, 404, () -> getClip("nope", T0, T0.plusSeconds(4)));
    }

    @Test
    void aStreamWithoutRetentionHasNoClips() {
        expectError(NoDataRetentionException.class, 400, () -> getClip("no-retention", T0, T0.plusSeconds(4)));
    }

    @Test
    void theSelectorIsRequired() {
        expectError(InvalidArgumentException.class, 400, () -> media.getClip(b -> b.streamName("shelf")).close());
        expectError(InvalidArgumentException.class, 400, () -> media.getClip(b -> b.streamName("shelf")
                .clipFragmentSelector(s -> s.fragmentSelectorType(ClipFragmentSelectorType.PRODUCER_TIMESTAMP)))
                .close());
    }

    private void getClip(String stream, Instant start, Instant end) throws Exception {
        media.getClip(GetClipRequest.builder().streamName(stream)
                .clipFragmentSelector(s -> s.fragmentSelectorType(ClipFragmentSelectorType.PRODUCER_TIMESTAMP)
                        .timestampRange(r -> r.startTimestamp(start).endTimestamp(end)))
                .build()).close();
    }
}
