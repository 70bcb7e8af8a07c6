package io.github.kvsviewer.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Decoded pictures to TYPE_3BYTE_BGR images at their own size, for PNG export:
 * swscale into a padded native picture (its SIMD may write past a row's end), then
 * the rows copied into the image's array. The same conversion JavaCV made when the
 * export decoder still converted every frame itself (bilinear flag, default
 * coefficients). Not thread-safe: used under the export path's lock.
 */
final class BgrImageConverter implements AutoCloseable {

    private SwsContext context;
    private AVFrame scratch;

    BufferedImage image(AVFrame picture) {
        int width = picture.width();
        int height = picture.height();
        prepare(width, height);
        context = swscale.sws_getCachedContext(context, width, height, picture.format(), width, height,
                AV_PIX_FMT_BGR24, SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null || context.isNull()) {
            throw new IllegalStateException("no conversion from pixel format " + picture.format() + " to BGR24");
        }
        swscale.sws_scale(context, picture.data(), picture.linesize(), 0, height, scratch.data(), scratch.linesize());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] raster = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int row = width * 3;
        int stride = scratch.linesize(0);
        BytePointer pixels = scratch.data(0);
        for (int y = 0; y < height; y++) {
            pixels.position((long) y * stride).get(raster, y * row, row);
        }
        return image;
    }

    /** A scratch picture of the size: a clip's parts may differ. */
    private void prepare(int width, int height) {
        if (scratch != null && scratch.width() == width && scratch.height() == height) {
            return;
        }
        freeScratch();
        scratch = DecodedPicture.allocate(AV_PIX_FMT_BGR24, width, height);
    }

    private void freeScratch() {
        if (scratch != null) {
            avutil.av_frame_free(scratch);
            scratch = null;
        }
    }

    @Override
    public void close() {
        freeScratch();
        swscale.sws_freeContext(context);
        context = null;
    }
}
