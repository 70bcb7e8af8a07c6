package io.github.kvsviewer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.local.TimeCodeStrip;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Exported JPEGs through FFmpeg: files any reader opens, their time code intact, quality as ImageIO's scale. */
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
