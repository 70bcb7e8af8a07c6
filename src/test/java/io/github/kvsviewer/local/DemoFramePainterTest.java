package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.awt.Rectangle;
import java.awt.image.DataBufferInt;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
            int[] before = scene(painter.paint(i, T0.plusMillis(i * 100L)));
            int[] after = scene(painter.paint(i + 1, T0.plusMillis((i + 1) * 100L)));
            if (!Arrays.equals(before, after)) {
                differing++;
            }
        }
        // the customer is in the aisle for 85 % of a visit; most steps show movement
        assertThat(differing).isGreaterThanOrEqualTo(15);
    }

    @Test
    void theSameTimeGivesTheSamePicture() {
        int[] first = pixels(new DemoFramePainter("cafe-shelf-2", 320, 180).paint(7, T0.plusMillis(5_123)));
        int[] second = pixels(new DemoFramePainter("cafe-shelf-2", 320, 180).paint(7, T0.plusMillis(5_123)));

        assertThat(first).isEqualTo(second);
    }

    /** Only moving parts are repainted: the result must still be what a fresh painter draws. */
    @Test
    void repaintingOnlyWhatMovedGivesTheWholePicture() {
        DemoFramePainter reused = new DemoFramePainter("cafe-shelf-1", 480, 270);
        for (int i = 0; i < 170; i++) { // a whole visit and then some, at 10 fps
            Instant time = T0.plusMillis(i * 100L);
            int[] incremental = pixels(reused.paint(i, time));
            if (i % 4 == 0) {
                int[] fresh = pixels(new DemoFramePainter("cafe-shelf-1", 480, 270).paint(i, time));
                assertThat(incremental).as("frame %d", i).isEqualTo(fresh);
            }
        }
    }

    @Test
    void nothingChangesOutsideTheChangedRegions() {
        DemoFramePainter painter = new DemoFramePainter("cafe-shelf-1", 480, 270);
        assertThat(painter.paint(0, T0)).isNotNull();
        assertThat(painter.changedRegions()).contains(new Rectangle(0, 0, 480, 270));
        int[] previous = pixels(painter.paint(0, T0));
        for (int i = 1; i < 170; i++) {
            int[] current = pixels(painter.paint(i, T0.plusMillis(i * 100L)));
            List<Rectangle> changed = painter.changedRegions();
            String outside = null;
            for (int p = 0; p < current.length && outside == null; p++) {
                int x = p % 480;
                int y = p / 480;
                if (previous[p] != current[p] && changed.stream().noneMatch(r -> r.contains(x, y))) {
                    outside = x + "," + y;
                }
            }
            assertThat(outside).as("a pixel of frame %d that changed outside %s", i, changed).isNull();
            previous = current;
        }
    }

    @Test
    void reusesOneImageOfTheRequestedSize() {
        DemoFramePainter painter = new DemoFramePainter("cafe-entrance", 640, 360);

        BufferedImage one = painter.paint(0, T0);
        BufferedImage two = painter.paint(1, T0.plusMillis(33));

        assertThat(two).isSameAs(one);
        assertThat(one.getWidth()).isEqualTo(640);
        assertThat(one.getHeight()).isEqualTo(360);
        assertThat(one.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    /** Rows between the caption plate (top 25 %) and the strip: the scene alone. */
    private static int[] scene(BufferedImage image) {
        int[] all = pixels(image);
        int row = image.getWidth();
        int from = image.getHeight() / 4 * row;
        int to = (image.getHeight() - TimeCodeStrip.cellSize(image.getWidth())) * row;
        return Arrays.copyOfRange(all, from, to);
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData().clone();
    }
}
