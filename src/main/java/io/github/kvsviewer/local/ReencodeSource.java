package io.github.kvsviewer.local;

import io.github.kvsviewer.local.ImportException.Kind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file's pictures decoded and encoded again with openh264, for video that
 * cannot be stored as it is. The decoder hands out pictures in presentation
 * order and openh264 makes no B-frames, so each unit has one time. An IDR picture
 * is asked for every {@link FragmentCutter#MIN_FRAGMENT_MILLIS}: each becomes a
 * fragment start.
 */
final class ReencodeSource implements UnitSource {

    private static final Logger log = LoggerFactory.getLogger(ReencodeSource.class);

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final H264Encoder encoder;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private final byte[] codecPrivateData;
    private final int width;
    private final int height;
    private long firstMicros = Long.MIN_VALUE;
    private long lastKeyframeMillis;
    private long frames;

    ReencodeSource(Path file, ProbedVideo video) throws IOException {
        this.file = file;
        this.width = even(video.width());
        this.height = even(video.height());
        this.grabber = VideoInput.startGrabber(file, g -> {
            g.setVideoStream(video.streamIndex());
            if (width != video.width() || height != video.height()) {
                g.setImageWidth(width);
                g.setImageHeight(height);
            }
        });
        int fps = video.frameRate() > 0 ? (int) Math.max(1, Math.min(120, Math.round(video.frameRate()))) : 30;
        try {
            this.encoder = new H264Encoder(width, height, fps);
        } catch (IOException | RuntimeException e) {
            closeGrabber();
            throw e;
        }
        this.codecPrivateData = encoder.codecPrivateData();
    }

    /** 4:2:0 needs even sides: an odd one loses its last row or column of pixels. */
    private static int even(int side) {
        return side & ~1;
    }

    private BufferedImage canvas;

    @Override
    public Optional<TimedUnit> next() throws IOException {
        Frame frame;
        try {
            frame = grabber.grabImage();
        } catch (FrameGrabber.Exception e) {
            throw new ImportException(Kind.DAMAGED, "'" + file + "' is damaged: decoding failed after " + frames
                    + " frames (" + e.getMessage() + "). Nothing was imported.", e);
        }
        if (frame == null) {
            return Optional.empty();
        }
        if (firstMicros == Long.MIN_VALUE) {
            firstMicros = frame.timestamp;
        }
        long millis = Math.round((frame.timestamp - firstMicros) / 1000.0);
        boolean keyframe = frames == 0 || millis - lastKeyframeMillis >= FragmentCutter.MIN_FRAGMENT_MILLIS;
        if (keyframe) {
            lastKeyframeMillis = millis;
        }
        // The converter gives BGR and reuses its image; the encoder takes RGB: copy into one reused canvas.
        if (canvas == null) {
            canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }
        java.awt.Graphics2D g = canvas.createGraphics();
        try {
            g.drawImage(converter.getBufferedImage(frame), 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        AccessUnit unit = encoder.encode(canvas, 0, keyframe);
        frames++;
        return Optional.of(new TimedUnit(millis, unit.keyframe(), unit.data(), codecPrivateData));
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public long skipped() {
        return 0;
    }

    @Override
    public void close() {
        encoder.close();
        converter.close();
        closeGrabber();
    }

    private void closeGrabber() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            log.debug("Closing the grabber failed", e);
        }
    }
}
