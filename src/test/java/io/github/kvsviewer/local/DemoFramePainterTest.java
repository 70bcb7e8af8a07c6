package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DemoFramePainterTest {

    private static final Instant T0 = SmallFootage.START;

    @Test
    void runsHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void everyFrameCarriesItsProducerTimeInTheStrip() {
        DemoFramePainter painter = new DemoFramePainter("cafe-shelf-1", 480, 270);
        for (int i = 0; i < 30; i++) {
            Instant time = T0.plusMillis(Math.round(i * 1000.0 / 15));

            assertThat(TimeCodeStrip.readInstant(painter.paint(i, time))).isEqualTo(time);
        }
    }

    @Test
    void consecutiveFramesDifferAboveTheCaptionAndStrip() {
        DemoFramePainter painter = new DemoFramePainter("cafe-shelf-1", 480, 270);
        int differing = 0;
        for (int i = 0; i < 20; i++) {
            byte[] before = scene(painter.paint(i, T0.plusMillis(i * 100L)));
            byte[] after = scene(painter.paint(i + 1, T0.plusMillis((i + 1) * 100L)));
            if (!Arrays.equals(before, after)) {
                differing++;
            }
        }
        // the customer is in the aisle for 85 % of a visit; most steps show movement
        assertThat(differing).isGreaterThanOrEqualTo(15);
    }

    @Test
    void theSameTimeGivesTheSamePicture() {
        byte[] first = pixels(new DemoFramePainter("cafe-shelf-2", 320, 180).paint(7, T0.plusMillis(5_123)));
        byte[] second = pixels(new DemoFramePainter("cafe-shelf-2", 320, 180).paint(7, T0.plusMillis(5_123)));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void reusesOneImageOfTheRequestedSize() {
        DemoFramePainter painter = new DemoFramePainter("cafe-entrance", 640, 360);

        BufferedImage one = painter.paint(0, T0);
        BufferedImage two = painter.paint(1, T0.plusMillis(33));

        assertThat(two).isSameAs(one);
        assertThat(one.getWidth()).isEqualTo(640);
        assertThat(one.getHeight()).isEqualTo(360);
        assertThat(one.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
    }

    /** Rows between the caption plate (top 25 %) and the strip: the scene alone. */
    private static byte[] scene(BufferedImage image) {
        byte[] all = pixels(image);
        int row = image.getWidth() * 3;
        int from = image.getHeight() / 4 * row;
        int to = (image.getHeight() - TimeCodeStrip.cellSize(image.getWidth())) * row;
        return Arrays.copyOfRange(all, from, to);
    }

    private static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData().clone();
    }
}
