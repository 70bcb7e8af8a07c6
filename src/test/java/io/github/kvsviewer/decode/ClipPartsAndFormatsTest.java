package io.github.kvsviewer.decode;

import static io.github.kvsviewer.decode.ClipDecoderTest.shuffled;
import static io.github.kvsviewer.decode.ClipDecoderTest.strip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.local.TimeCodeStrip;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A clip fetched as several GetClip MP4s, and the traditional MP4 that KVS itself returns. */
class ClipPartsAndFormatsTest {

    static TestFootage footage;
    static List<Instant> stored;
    static byte[] wholeFragmented;

    @BeforeAll
    static void makeFootage() throws IOException {
        footage = TestFootage.shared();
        stored = footage.producerTimes(footage.fragments);
        wholeFragmented = footage.fragmentedMp4(footage.fragments);
    }

    @Test
    void twoPartsMakeOneContinuousTimeline() throws IOException {
        List<Fragment> before = footage.fragments.subList(0, 3);
        List<Fragment> after = footage.fragments.subList(3, TestFootage.FRAGMENTS);
        List<ClipBytes> parts = List.of(
                TestFootage.clipBytes(before, footage.fragmentedMp4(before)),
                TestFootage.clipBytes(after, footage.fragmentedMp4(after)));

        try (DecodedClip decoded = ClipDecoder.open(parts)) {
            ClipTimeline timeline = decoded.timeline();

            assertThat(timeline.frames()).extracting(f -> f.exact()).containsExactlyElementsOf(stored);
            assertThat(timeline.frames()).extracting(f -> f.index())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, TestFootage.FRAMES).boxed().toList());
            assertThat(timeline.frame(30).fragmentNumber()).isEqualTo(after.get(0).number());
            assertThat(timeline.returned().start()).isEqualTo(TestFootage.START);
            assertThat(timeline.returned().end()).isEqualTo(stored.get(TestFootage.FRAMES - 1).plusMillis(100));
            assertEveryFrameExact(decoded);
        }
    }

    @Test
    void aTraditionalMp4DecodesWithTheSameTimes() throws IOException {
        byte[] traditional = TestFootage.traditionalMp4(wholeFragmented);
        assertThat(traditional).isNotEqualTo(wholeFragmented);
        assertThat(boxTypes(traditional)).contains("moov", "mdat").doesNotContain("moof");

        try (DecodedClip decoded = ClipDecoder.open(List.of(TestFootage.clipBytes(footage.fragments, traditional)))) {
            assertThat(decoded.timeline().frames()).extracting(f -> f.exact()).containsExactlyElementsOf(stored);
            assertEveryFrameExact(decoded);
        }
    }

    @Test
    void traditionalAndFragmentedPartsMix() throws IOException {
        List<Fragment> before = footage.fragments.subList(0, 2);
        List<Fragment> after = footage.fragments.subList(2, TestFootage.FRAGMENTS);
        List<ClipBytes> parts = List.of(
                TestFootage.clipBytes(before, TestFootage.traditionalMp4(footage.fragmentedMp4(before))),
                TestFootage.clipBytes(after, footage.fragmentedMp4(after)));

        try (DecodedClip decoded = ClipDecoder.open(parts)) {
            assertThat(decoded.timeline().frames()).extracting(f -> f.exact()).containsExactlyElementsOf(stored);
            assertEveryFrameExact(decoded);
        }
    }

    @Test
    void aClipOfManyPartsKeepsFewDecodersOpen() throws IOException {
        List<ClipBytes> parts = new java.util.ArrayList<>();
        for (Fragment fragment : footage.fragments) {
            parts.add(TestFootage.clipBytes(List.of(fragment), footage.fragmentedMp4(List.of(fragment))));
        }

        try (InMemoryDecodedClip decoded = (InMemoryDecodedClip) ClipDecoder.open(parts)) {
            assertThat(decoded.timeline().frames()).extracting(f -> f.exact()).containsExactlyElementsOf(stored);
            assertEveryFrameExact(decoded);
            // two display decoders (the part shown and a neighbour) and one export decoder, not one per part
            assertThat(decoded.openDecoders()).isEqualTo(3);
            decoded.close();
            assertThat(decoded.openDecoders()).isZero();
        }
    }

    @Test
    void aPartOfAnotherPictureSizeIsScaledForDisplayButExportedAsItIs() throws IOException {
        List<ClipBytes> parts = TestFootage.partsOfTwoPictureSizes();

        try (DecodedClip decoded = ClipDecoder.open(parts)) {
            assertThat(decoded.timeline().frames()).extracting(f -> f.exact()).containsExactlyElementsOf(stored);
            for (int i : shuffled(TestFootage.FRAMES, 12)) {
                DisplayFrame frame = decoded.displayFrame(i);
                assertThat(frame.width()).isEqualTo(480);
                assertThat(frame.height()).isEqualTo(270);
                assertThat(strip(frame)).as("frame %d", i).isEqualTo(decoded.timeline().frame(i).exact());
            }
            BufferedImage exported = decoded.exportImage(40);
            assertThat(exported.getWidth()).isEqualTo(384);
            assertThat(exported.getHeight()).isEqualTo(216);
            assertThat(TimeCodeStrip.readInstant(exported)).isEqualTo(decoded.timeline().frame(40).exact());
            try (JpegEncoder jpeg = new JpegEncoder(0.92f)) {
                for (int i : new int[] {40, 10, 41}) { // the sizes alternate: one encoder follows them
                    BufferedImage read;
                    try (DecodedPicture picture = decoded.exportPicture(i)) {
                        read = ImageIO.read(new ByteArrayInputStream(jpeg.encode(picture)));
                    }
                    assertThat(read.getWidth()).as("JPEG of frame %d", i).isEqualTo(i < 30 ? 480 : 384);
                    assertThat(TimeCodeStrip.readInstant(read)).isEqualTo(decoded.timeline().frame(i).exact());
                }
            }
        }
    }

    /** Sequentially, in a shuffled order, and on export: each frame's strip is its exact time. */
    private static void assertEveryFrameExact(DecodedClip decoded) {
        ClipTimeline timeline = decoded.timeline();
        for (int i = 0; i < timeline.frameCount(); i++) {
            assertThat(strip(decoded.displayFrame(i))).as("sequential frame %d", i).isEqualTo(timeline.frame(i).exact());
        }
        for (int i : shuffled(timeline.frameCount(), 3)) {
            assertThat(strip(decoded.displayFrame(i))).as("shuffled frame %d", i).isEqualTo(timeline.frame(i).exact());
        }
        for (int i : shuffled(timeline.frameCount(), 4).subList(0, 12)) {
            assertThat(TimeCodeStrip.readInstant(decoded.exportImage(i))).as("exported frame %d", i)
                    .isEqualTo(timeline.frame(i).exact());
        }
    }

    /** The top-level MP4 boxes, in order. */
    static List<String> boxTypes(byte[] mp4) {
        return boxOffsets(mp4).stream()
                .map(at -> new String(mp4, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).toList();
    }

    /** Where each top-level MP4 box starts, in order (the walk stops at a size it cannot follow). */
    static List<Integer> boxOffsets(byte[] mp4) {
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        int at = 0;
        while (at + 8 <= mp4.length) {
            long size = ((mp4[at] & 0xFFL) << 24) | ((mp4[at + 1] & 0xFF) << 16) | ((mp4[at + 2] & 0xFF) << 8)
                    | (mp4[at + 3] & 0xFF);
            offsets.add(at);
            if (size == 1 && at + 16 <= mp4.length) {
                size = java.nio.ByteBuffer.wrap(mp4, at + 8, 8).getLong();
            }
            if (size < 8) {
                break;
            }
            at += (int) size;
        }
        return offsets;
    }
}
