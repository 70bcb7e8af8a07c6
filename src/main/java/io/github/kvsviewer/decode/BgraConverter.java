package io.github.kvsviewer.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;

import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Decoded pictures (any size, the decoder's own pixel format) to BGRA at the
 * clip's size with rows 4 × width apart: straight into a caller's direct buffer
 * when that is safe, else through a padded scratch picture and one copy.
 *
 * <p>Why not JavaCV's conversion: it always converts into the grabber's own buffer,
 * so every frame handed on cost a second full-frame copy. Not thread-safe: one per
 * decoding path, used under its lock.
 */
final class BgraConverter implements AutoCloseable {

    /** swscale's SIMD writes whole blocks of pixels and may run past a row's end (FFmpeg ticket 1031). */
    private static final int SAFE_WIDTH_MULTIPLE = 16;
    private static final int SCRATCH_ALIGN = 64;

    private final int width;
    private final int height;
    private final int stride;
    private final PointerPointer<BytePointer> planes = new PointerPointer<>(1);
    private final IntPointer strides = new IntPointer(1);
    private SwsContext context;
    private BytePointer scratch;
    private ByteBuffer scratchView;
    private int scratchStride;

    BgraConverter(int width, int height) {
        this.width = width;
        this.height = height;
        this.stride = Math.multiplyExact(width, 4);
    }

    int frameBytes() {
        return Math.multiplyExact(stride, height);
    }

    /**
     * Converts into {@code target} from its index 0 (absolute; position and limit
     * untouched). A direct buffer of a width that is a multiple of 16 pixels is
     * written by swscale itself; anything else gets a copy of the scratch picture.
     */
    void convert(AVFrame picture, ByteBuffer target) {
        if (target.isReadOnly() || target.capacity() < frameBytes()) {
            throw new IllegalArgumentException("the target must be writable and hold " + frameBytes()
                    + " bytes, not " + target.capacity() + (target.isReadOnly() ? " read-only" : ""));
        }
        if (target.isDirect() && width % SAFE_WIDTH_MULTIPLE == 0) {
            try (BytePointer pixels = new BytePointer(target.duplicate().clear())) {
                scale(picture, pixels, stride);
            }
            return;
        }
        scaleToScratch(picture);
        for (int y = 0; y < height; y++) {
            target.put(y * stride, scratchView, y * scratchStride, stride);
        }
    }

    /** A new display frame owning its pixels (read-only, nobody writes them again). */
    DisplayFrame display(AVFrame picture, int clipIndex) {
        byte[] pixels = new byte[frameBytes()];
        convert(picture, ByteBuffer.wrap(pixels));
        return new DisplayFrame(clipIndex, width, height, stride, ByteBuffer.wrap(pixels).asReadOnlyBuffer());
    }

    private void scaleToScratch(AVFrame picture) {
        if (scratch == null) {
            scratchStride = (stride + SCRATCH_ALIGN - 1) / SCRATCH_ALIGN * SCRATCH_ALIGN;
            scratch = new BytePointer((long) scratchStride * height + SCRATCH_ALIGN);
            scratchView = scratch.asBuffer();
        }
        scale(picture, scratch.position(0), scratchStride);
    }

    private void scale(AVFrame picture, BytePointer pixels, int rowBytes) {
        // Same size: swscale's unscaled converters, whatever the flag; another size (a part
        // encoded at another resolution): bilinear, as JavaCV did.
        context = swscale.sws_getCachedContext(context, picture.width(), picture.height(), picture.format(),
                width, height, AV_PIX_FMT_BGRA, SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null || context.isNull()) {
            throw new IllegalStateException("no conversion from pixel format " + picture.format() + " to BGRA");
        }
        planes.put(0, pixels);
        strides.put(0, rowBytes);
        swscale.sws_scale(context, picture.data(), picture.linesize(), 0, picture.height(), planes, strides);
    }

    @Override
    public void close() {
        swscale.sws_freeContext(context);
        context = null;
        if (scratch != null) {
            scratchView = null;
            scratch.close();
            scratch = null;
        }
        planes.close();
        strides.close();
    }
}
