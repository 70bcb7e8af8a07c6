package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Yuv420WriterTest {

    private final AVFrame whole = frame();
    private final AVFrame patched = frame();

    @AfterEach
    void free() {
        avutil.av_frame_free(whole);
        avutil.av_frame_free(patched);
    }

    @Test
    void whiteAndBlackAreVideoRangeAndGreyHasNoColour() {
        BufferedImage image = picture(Color.WHITE);
        image.setRGB(0, 0, 0x000000);
        image.setRGB(1, 0, 0x000000);
        image.setRGB(0, 1, 0x000000);
        image.setRGB(1, 1, 0x000000);

        new Yuv420Writer(64, 32).write(rgb(image), new Rectangle(0, 0, 64, 32), whole);

        assertThat(whole.data(0).get(0) & 0xFF).isEqualTo(16);
        assertThat(whole.data(0).get(2) & 0xFF).isEqualTo(235);
        assertThat(whole.data(1).get(0) & 0xFF).isEqualTo(128);
        assertThat(whole.data(2).get(5) & 0xFF).isEqualTo(128);
    }

    @Test
    void convertingOnlyTheChangedRegionsGivesTheSameFrameAsConvertingAll() {
        Yuv420Writer writer = new Yuv420Writer(64, 32);
        BufferedImage before = picture(new Color(0x336699));
        BufferedImage after = picture(new Color(0x336699));
        Graphics2D g = after.createGraphics();
        g.setColor(new Color(0xE53935));
        g.fillOval(5, 3, 21, 17);         // odd bounds: the writer widens them to whole chroma samples
        g.setColor(new Color(0xFDD835));
        g.fillRect(41, 27, 30, 9);        // reaching past the picture's edge
        List<Rectangle> changed = List.of(new Rectangle(5, 3, 21, 17), new Rectangle(41, 27, 30, 9));

        writer.write(rgb(before), new Rectangle(0, 0, 64, 32), patched);
        for (Rectangle region : changed) {
            writer.write(rgb(after), region, patched);
        }
        writer.write(rgb(after), new Rectangle(0, 0, 64, 32), whole);

        for (int plane = 0; plane < 3; plane++) {
            int rows = plane == 0 ? 32 : 16;
            int columns = plane == 0 ? 64 : 32;
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    assertThat(patched.data(plane).get((long) y * patched.linesize(plane) + x))
                            .as("plane %d at %d,%d", plane, x, y)
                            .isEqualTo(whole.data(plane).get((long) y * whole.linesize(plane) + x));
                }
            }
        }
    }

    @Test
    void overlappingRegionsAreConvertedOnceAndFarApartOnesSeparately() {
        Rectangle caption = new Rectangle(8, 8, 600, 90);
        Rectangle customerBefore = new Rectangle(400, 200, 220, 520);
        Rectangle customerNow = new Rectangle(406, 200, 220, 520);
        Rectangle strip = new Rectangle(0, 694, 1248, 26);

        List<Rectangle> merged = Yuv420Writer.merged(List.of(caption, customerBefore, strip, caption, customerNow, strip));

        assertThat(merged).containsExactlyInAnyOrder(caption, new Rectangle(400, 200, 226, 520), strip);
    }

    private static AVFrame frame() {
        AVFrame frame = avutil.av_frame_alloc();
        frame.format(avutil.AV_PIX_FMT_YUV420P).width(64).height(32);
        assertThat(avutil.av_frame_get_buffer(frame, 0)).isZero();
        return frame;
    }

    private static BufferedImage picture(Color fill) {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(fill);
        g.fillRect(0, 0, 64, 32);
        g.dispose();
        return image;
    }

    private static int[] rgb(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
