package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.bytedeco.javacv.SeekableByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeCodeStripTest {

    private static final long NOON_JST = Instant.parse("2026-11-20T03:00:00.250Z").toEpochMilli();

    @Test
    void cellsFollowTheDesignRule() {
        BufferedImage image = scene(480, 270);
        // 0b1000...0001: cell 0 (the most significant bit) and cell 47 white, the rest black
        TimeCodeStrip.paint(image.createGraphics(), 480, 270, (1L << 47) | 1);

        int c = 480 / 48;
        assertThat(TimeCodeStrip.cellSize(480)).isEqualTo(c);
        assertThat(image.getRGB(0, 270 - c) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(c - 1, 269) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(c, 270 - c) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(46 * c + c / 2, 270 - c / 2) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(47 * c, 270 - c) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        // the row above the strip is untouched scene
        assertThat(image.getRGB(0, 270 - c - 1) & 0xFFFFFF).isEqualTo(0x336699);
    }

    @ParameterizedTest
    @CsvSource({"480, 270", "1280, 720", "1366, 768", "1920, 1080", "96, 4"})
    void readsBackWhatItPaintsAtAnySize(int width, int height) {
        for (long value : new long[] {0, 1, NOON_JST, TimeCodeStrip.MAX_VALUE, 0xA5A5A5A5A5A5L}) {
            BufferedImage image = scene(width, height);
            TimeCodeStrip.paint(image.createGraphics(), width, height, value);

            assertThat(TimeCodeStrip.read(image)).isEqualTo(value);
        }
    }

    @Test
    void readsPaddedBgr24AndBgraRows() {
        int width = 1366;   // JavaCV pads such rows: the stride is not 3 or 4 times the width
        int height = 96;
        BufferedImage image = scene(width, height);
        TimeCodeStrip.paint(image, Instant.ofEpochMilli(NOON_JST));

        assertThat(TimeCodeStrip.readBgr24(packed(image, 3, 4128), width, height, 4128)).isEqualTo(NOON_JST);
        assertThat(TimeCodeStrip.readBgra(packed(image, 4, 5504), width, height, 5504)).isEqualTo(NOON_JST);
    }

    @Test
    void thresholdsLumaAtTheMiddle() {
        BufferedImage image = scene(480, 270);
        Graphics2D g = image.createGraphics();
        int c = TimeCodeStrip.cellSize(480);
        g.setColor(new Color(140, 140, 140)); // a washed-out black after heavy compression still reads as 1
        g.fillRect(0, 270 - c, c, c);
        g.setColor(new Color(110, 110, 110));
        g.fillRect(c, 270 - c, c, c);

        assertThat(TimeCodeStrip.read(image)).isEqualTo(1L << 47);
    }

    @Test
    void refusesWhatDoesNotFit() {
        assertThatThrownBy(() -> TimeCodeStrip.cellSize(47)).isInstanceOf(IllegalArgumentException.class);
        BufferedImage image = scene(480, 270);
        assertThatThrownBy(() -> TimeCodeStrip.paint(image.createGraphics(), 480, 270, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeCodeStrip.paint(image.createGraphics(), 480, 270, 1L << 48))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Independent of our own encoder and muxer: JavaCV's recorder with libopenh264, decoded in both pixel formats. */
    @Test
    void survivesH264EncodingAndDecoding() throws IOException {
        int width = 480;
        int height = 270;
        List<Long> painted = new ArrayList<>();
        SeekableByteArrayOutputStream mp4 = new SeekableByteArrayOutputStream();
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(mp4, width, height, 0);
                Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(10);
            recorder.setVideoBitrate(300_000); // deliberately low: the strip must not need a generous encoder
            recorder.start();
            for (int i = 0; i < 20; i++) {
                long value = NOON_JST + i * 100L + (i % 3);
                BufferedImage image = scene(width, height);
                Graphics2D g = image.createGraphics();
                g.setColor(new Color(i * 12, 255 - i * 12, 128));
                g.fillOval(i * 20, 60, 120, 120); // something that moves
                TimeCodeStrip.paint(g, width, height, value);
                recorder.record(converter.convert(image));
                painted.add(value);
            }
            recorder.stop();
        }

        assertThat(decodeStrips(mp4.toByteArray(), avutil.AV_PIX_FMT_BGR24)).isEqualTo(painted);
        assertThat(decodeStrips(mp4.toByteArray(), avutil.AV_PIX_FMT_BGRA)).isEqualTo(painted);
    }

    private static List<Long> decodeStrips(byte[] mp4, int pixelFormat) throws IOException {
        List<Long> values = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4))) {
            grabber.setPixelFormat(pixelFormat);
            grabber.start();
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                values.add(TimeCodeStrip.read(frame));
            }
            grabber.stop();
        }
        return values;
    }

    private static BufferedImage scene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x336699));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** The image as JavaCV lays out a frame: blue first, rows {@code stride} bytes apart, padding garbage. */
    private static ByteBuffer packed(BufferedImage image, int bytesPerPixel, int stride) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(stride * image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int at = y * stride + x * bytesPerPixel;
                buffer.put(at, (byte) rgb).put(at + 1, (byte) (rgb >> 8)).put(at + 2, (byte) (rgb >> 16));
                if (bytesPerPixel == 4) {
                    buffer.put(at + 3, (byte) 0xFF);
                }
            }
            for (int pad = image.getWidth() * bytesPerPixel; pad < stride; pad++) {
                buffer.put(y * stride + pad, (byte) 0x7F);
            }
        }
        return buffer;
    }
}
