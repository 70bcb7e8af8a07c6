package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.local.ImportFootage.Spec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Video that cannot be stored as it is: decoded, re-encoded with openh264, every frame still at its time. */
class VideoImporterReencodeTest {

    @TempDir
    Path work;

    @Test
    void mpeg4WithBFramesIsReencodedAndEveryFrameKeepsItsTime() throws IOException {
        Path file = ImportFootage.write(work.resolve("old-dvr.mkv"), Spec.mpeg4Mkv());
        assertThat(VideoProbe.probe(file).outOfOrder()).as("the input really has B-frames").isTrue();
        FragmentStore store = FragmentStore.open(work.resolve("archive"));

        ImportResult result = new VideoImporter(store, "ap-northeast-1").importFile(
                new ImportRequest("old-dvr", file, Optional.of(ImportFootage.START)), ImportProgress.none());

        assertThat(result.sourceCodec()).isEqualTo("mpeg4");
        assertThat(result.reencoded()).hasValueSatisfying(why -> assertThat(why).contains("mpeg4", "not H.264"));
        assertThat(result.frames()).isEqualTo(90);
        // an IDR picture every 2 s, each the start of a fragment and the only keyframe in it
        List<Fragment> fragments = store.fragments("old-dvr");
        assertThat(fragments).extracting(Fragment::producerTime).containsExactly(ImportFootage.START,
                ImportFootage.START.plusMillis(2000), ImportFootage.START.plusMillis(4000));
        for (Fragment fragment : fragments) {
            FragmentMedia media = store.readMedia("old-dvr", fragment.number());
            assertThat(media.units()).filteredOn(AccessUnit::keyframe).hasSize(1);
            assertThat(media.width()).isEqualTo(ImportFootage.WIDTH);
        }
        assertStripsMatchStoredTimes(store, "old-dvr", 15);
    }

    @Test
    void motionJpegOfAnOddSizeIsReencodedToTheEvenSizeBelow() throws IOException {
        Path file = ImportFootage.write(work.resolve("webcam.avi"), Spec.mjpegAvi());
        FragmentStore store = FragmentStore.open(work.resolve("archive"));

        ImportResult result = new VideoImporter(store, "ap-northeast-1").importFile(
                new ImportRequest("webcam", file, Optional.of(ImportFootage.START)), ImportProgress.none());

        assertThat(result.sourceCodec()).isEqualTo("mjpeg");
        assertThat(result.reencoded()).isPresent();
        assertThat(result.frames()).isEqualTo(30);
        FragmentMedia first = store.readMedia("webcam", store.fragments("webcam").get(0).number());
        assertThat(first.width()).isEqualTo(480);
        assertThat(first.height()).isEqualTo(270);
        assertStripsMatchStoredTimes(store, "webcam", 10);
    }

    @Test
    void h264WithKeyframesOverTenSecondsApartIsReencodedIntoShortFragments() throws IOException {
        Path file = ImportFootage.write(work.resolve("long-gop.mp4"),
                Spec.h264Mp4().withSize(240, 136).withFrames(12 * ImportFootage.FPS).withGop(1000));
        FragmentStore store = FragmentStore.open(work.resolve("archive"));

        ImportResult result = new VideoImporter(store, "ap-northeast-1").importFile(
                new ImportRequest("long-gop", file, Optional.of(ImportFootage.START)), ImportProgress.none());

        assertThat(result.reencoded()).hasValueSatisfying(why -> assertThat(why).contains("keyframes", "apart"));
        assertThat(result.fragments()).isEqualTo(6);
        assertStripsMatchStoredTimes(store, "long-gop", 15);
    }

    @Test
    void h264StoredOutOfPresentationOrderIsReencodedBecauseTheStoreKeepsOneTimePerFrame() throws IOException {
        Path inOrder = ImportFootage.write(work.resolve("in-order.mp4"), Spec.h264Mp4().withSize(240, 136));
        Path file = ImportFootage.reordered(inOrder, work.resolve("b-frames.mp4"));

        ProbedVideo probed = VideoProbe.probe(file);

        assertThat(VideoProbe.probe(inOrder).reencodeReason()).isEmpty();
        assertThat(probed.codec()).isEqualTo("h264");
        assertThat(probed.outOfOrder()).isTrue();
        assertThat(probed.reencodeReason()).hasValueSatisfying(why -> assertThat(why).contains("B-frames"));
    }

    /** The clip GetClip would return decodes with each picture's time code equal to the time stored for it. */
    static void assertStripsMatchStoredTimes(FragmentStore store, String stream, int fps) throws IOException {
        List<Fragment> fragments = store.fragments(stream);
        ByteArrayOutputStream clip = new ByteArrayOutputStream();
        ClipMuxer.write(SmallFootage.segments(store, stream, fragments), clip);
        List<ClipMuxerTest.DecodedFrame> decoded = ClipMuxerTest.decode(clip.toByteArray());
        List<Instant> stored = new ArrayList<>();
        for (Fragment fragment : fragments) {
            store.readMedia(stream, fragment.number()).units()
                    .forEach(unit -> stored.add(fragment.producerTime().plusMillis(unit.offsetMillis())));
        }
        assertThat(decoded).hasSameSizeAs(stored);
        for (int i = 0; i < decoded.size(); i++) {
            assertThat(decoded.get(i).stripTime()).as("frame %d", i).isEqualTo(stored.get(i))
                    .isEqualTo(ImportFootage.START.plusMillis(ImportFootage.millis(i, fps)));
        }
    }
}
