package io.github.kvsviewer.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.concurrent.atomic.AtomicReference;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * A decoded picture in native memory that its holder owns: a new reference to a
 * decoder's picture (no copy; the decoder never writes a buffer that is still
 * referenced) or a copy of a BGR image. Any thread may use it, one at a time;
 * whoever finishes with it closes it, once, and it frees the picture.
 */
public final class DecodedPicture implements AutoCloseable {

    private final AtomicReference<AVFrame> frame;
    private final int width;
    private final int height;

    private DecodedPicture(AVFrame frame) {
        this.frame = new AtomicReference<>(frame);
        this.width = frame.width();
        this.height = frame.height();
    }

    /** A new reference to {@code decoded}, which stays the decoder's. */
    static DecodedPicture referenceTo(AVFrame decoded) {
        AVFrame clone = avutil.av_frame_clone(decoded);
        if (clone == null || clone.isNull()) {
            throw new IllegalStateException("no memory for a reference to a decoded picture");
        }
        return new DecodedPicture(clone);
    }

    /** A TYPE_3BYTE_BGR image packed from its array's start ({@link JpegEncoder#accepts}), copied as BGR24. */
    static DecodedPicture copyOf(BufferedImage image) {
        if (!JpegEncoder.accepts(image)) {
            throw new IllegalArgumentException("expected a packed TYPE_3BYTE_BGR picture, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        AVFrame frame = allocate(AV_PIX_FMT_BGR24, width, height);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int row = width * 3;
        int stride = frame.linesize(0); // rows are padded for SIMD: copy them one by one
        BytePointer data = frame.data(0);
        for (int y = 0; y < height; y++) {
            data.position((long) y * stride).put(pixels, y * row, row);
        }
        return new DecodedPicture(frame);
    }

    /** A new picture with buffers of its own, rows aligned for SIMD; the caller frees it ({@code av_frame_free}). */
    static AVFrame allocate(int pixelFormat, int width, int height) {
        AVFrame frame = avutil.av_frame_alloc();
        frame.format(pixelFormat).width(width).height(height);
        int result = avutil.av_frame_get_buffer(frame, 64);
        if (result < 0) {
            avutil.av_frame_free(frame);
            throw new IllegalStateException("no memory for a " + width + "x" + height + " picture: "
                    + UnplayableMedia.describe(result));
        }
        return frame;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The picture, valid until {@link #close}. */
    AVFrame frame() {
        AVFrame picture = frame.get();
        if (picture == null) {
            throw new IllegalStateException("the picture was freed");
        }
        return picture;
    }

    /** Frees the picture; later calls do nothing. */
    @Override
    public void close() {
        AVFrame picture = frame.getAndSet(null);
        if (picture != null) {
            avutil.av_frame_free(picture);
        }
    }
}
