package io.github.kvsviewer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.local.TimeCodeStrip;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Exported JPEGs through FFmpeg: files any reader opens, their time code intact, quality as ImageIO's scale,
 * from a BGR image or straight from the decoder's picture with the same colours.
 */
class JpegEncoderTest {

    @Test
    void decodedFramesBecomeJfifFilesThatImageIoReadsWithTheirTimeCode() throws IOException {
        TestFootage footage = TestFootage.shared();
        ClipBytes clip = TestFootage.clipBytes(footage.fragments, footage.fragmentedMp4(footage.fragments));
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip)); JpegEncoder encoder = new JpegEncoder(0.92f)) {
            for (int i : new int[] {0, 17, 49}) {
                byte[] jpeg = encoder.encode(decoded.exportImage(i));

                assertThat(jpeg).startsWith(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00);
                BufferedImage read = ImageIO.read(new ByteArrayInputStream(jpeg));
                assertThat(read.getWidth()).isEqualTo(480);
                assertThat(read.getHeight()).isEqualTo(270);
                assertThat(TimeCodeStrip.readInstant(read)).isEqualTo(decoded.timeline().frame(i).exact());
            }
        }
    }

    @Test
    void theDecodersOwnPicturesBecomeJfifFilesWithTheTimeCodeAndTheColoursOfTheBgrPath() throws IOException {
        TestFootage footage = TestFootage.shared();
        ClipBytes clip = TestFootage.clipBytes(footage.fragments, footage.fragmentedMp4(footage.fragments));
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip)); JpegEncoder encoder = new JpegEncoder(0.92f)) {
            for (int i : new int[] {49, 0, 17}) { // a seek back, one forward
                BufferedImage bgr = decoded.exportImage(i);
                byte[] jpeg;
                try (DecodedPicture picture = decoded.exportPicture(i)) {
                    assertThat(picture.width()).isEqualTo(480);
                    jpeg = encoder.encode(picture);
                }

                assertThat(jpeg).startsWith(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00);
                BufferedImage read = ImageIO.read(new ByteArrayInputStream(jpeg));
                assertThat(TimeCodeStrip.readInstant(read)).isEqualTo(decoded.timeline().frame(i).exact());
                // Full range as JFIF wants: a limited-range mix-up would shift white by ~20 and the mean by ~10.
                assertThat(meanLevel(read, bgr, true)).as("white, frame %d", i)
                        .isCloseTo(meanLevel(bgr, bgr, true), within(3.0));
                assertThat(meanLevel(read, bgr, false)).as("the rest, frame %d", i)
                        .isCloseTo(meanLevel(bgr, bgr, false), within(2.0));
            }
        }
    }

    @Test
    void aPictureOutlivesTheClipAndAnotherThreadMayEncodeIt() throws Exception {
        TestFootage footage = TestFootage.shared();
        ClipBytes clip = TestFootage.clipBytes(footage.fragments, footage.fragmentedMp4(footage.fragments));
        DecodedPicture picture;
        Instant expected;
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            picture = decoded.exportPicture(23);
            decoded.exportPicture(24).close(); // the decoder moves on: the picture keeps its own buffers
            expected = decoded.timeline().frame(23).exact();
        }
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (JpegEncoder encoder = new JpegEncoder(0.92f)) {
            byte[] jpeg = worker.submit(() -> {
                try (picture) {
                    return encoder.encode(picture);
                }
            }).get();

            assertThat(TimeCodeStrip.readInstant(ImageIO.read(new ByteArrayInputStream(jpeg)))).isEqualTo(expected);
            picture.close(); // closing twice frees once
            assertThatThrownBy(() -> encoder.encode(picture)).isInstanceOf(IllegalStateException.class);
        } finally {
            worker.shutdown();
        }
    }

    /** Mean of all three channels over the pixels that are white (luma over 200) in {@code mask}, or the others. */
    private static double meanLevel(BufferedImage image, BufferedImage mask, boolean white) {
        long sum = 0;
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((luma(mask.getRGB(x, y)) > 200) == white) {
                    int rgb = image.getRGB(x, y);
                    sum += (rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF);
                    count++;
                }
            }
        }
        assertThat(count).as(white ? "white pixels" : "other pixels").isPositive();
        return sum / (3.0 * count);
    }

    private static int luma(int rgb) {
        return ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    @Test
    void aHigherQualityNeverHasACoarserQuantiser() {
        int previous = Integer.MAX_VALUE;
        for (int percent = 0; percent <= 100; percent++) {
            int quantiser = JpegEncoder.quantiser(percent / 100f);
            assertThat(quantiser).isBetween(1, 31).isLessThanOrEqualTo(previous);
            previous = quantiser;
        }
        assertThat(JpegEncoder.quantiser(0.92f)).isEqualTo(3);
        assertThat(JpegEncoder.quantiser(1f)).isEqualTo(1);
    }

    @Test
    void picturesOfAnotherSizeOrTypeAreHandledOrRefused() throws IOException {
        try (JpegEncoder encoder = new JpegEncoder(0.5f)) {
            BufferedImage small = new BufferedImage(97, 55, BufferedImage.TYPE_3BYTE_BGR); // odd: chroma rounds up
            BufferedImage large = new BufferedImage(640, 360, BufferedImage.TYPE_3BYTE_BGR);

            assertThat(ImageIO.read(new ByteArrayInputStream(encoder.encode(small))).getWidth()).isEqualTo(97);
            assertThat(ImageIO.read(new ByteArrayInputStream(encoder.encode(large))).getWidth()).isEqualTo(640);
            BufferedImage argb = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            assertThat(JpegEncoder.accepts(argb)).isFalse();
            assertThatThrownBy(() -> encoder.encode(argb)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
