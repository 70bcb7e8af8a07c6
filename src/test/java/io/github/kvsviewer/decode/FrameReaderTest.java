package io.github.kvsviewer.decode;

import static io.github.kvsviewer.decode.ClipDecoderTest.shuffled;
import static io.github.kvsviewer.decode.ClipDecoderTest.strip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.decode.UnplayableMedia.PartLabel;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exact frames where JavaCV's own seek, which goes by the average frame rate, lands on the wrong one. */
class FrameReaderTest {

    /**
     * Eight pictures a millisecond apart, then two 400 ms apart: the average frame rate
     * (12.5 fps) says a frame lasts 80 ms, so a seek into the 400 ms frame runs past it.
     */
    private static final int[] BURST_THEN_SPARSE = {0, 1, 2, 3, 4, 5, 6, 7, 400, 800};

    static TestFootage footage;
    static Fragment fragment;
    static byte[] mp4;
    static List<Instant> painted;

    @BeforeAll
    static void makeClip() throws IOException {
        footage = TestFootage.shared();
        fragment = footage.fragments.get(1);
        mp4 = footage.retimedMp4(fragment, BURST_THEN_SPARSE);
        painted = footage.producerTimes(List.of(fragment));
    }

    @Test
    void aSeekThatLandsPastItsFrameIsRedoneFromTheKeyframe() {
        PartLabel part = new PartLabel(0, 1);
        FFmpegFrameGrabber scanner = FrameReader.start(mp4, AV_PIX_FMT_BGRA, 0, part);
        PartIndex index;
        try {
            index = PacketScan.scan(scanner, part);
        } finally {
            FrameReader.closeQuietly(scanner);
        }
        try (FrameReader reader = new FrameReader(FrameReader.start(mp4, AV_PIX_FMT_BGRA, 0, part), index, 0)) {
            assertThat(index.frameCount()).isEqualTo(10);

            for (int i : new int[] {8, 3, 9, 8, 0, 7}) {
                assertThat(strip(FramePixels.display(reader.read(i), i))).as("frame %d", i).isEqualTo(painted.get(i));
            }
            assertThat(reader.reseeks()).isPositive();
        }
    }

    @Test
    void variableFrameRateFramesGetTheirOwnTimes() {
        ClipBytes clip = TestFootage.clipBytes(List.of(fragment), mp4);
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip), DecoderSettings.defaults().withDisplayCacheBytes(0))) {
            List<Instant> retimed = new ArrayList<>();
            for (int offset : BURST_THEN_SPARSE) {
                retimed.add(fragment.producerTime().plusMillis(offset));
            }
            assertThat(decoded.timeline().frames()).extracting(f -> f.exact()).containsExactlyElementsOf(retimed);

            for (int i : shuffled(10, 9)) {
                assertThat(strip(decoded.displayFrame(i))).as("frame %d", i).isEqualTo(painted.get(i));
            }
        }
    }
}
