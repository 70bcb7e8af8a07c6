package io.github.kvsviewer.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Exported frames as JPEG files through FFmpeg's encoder: at 1080p several times
 * faster than the JDK's ImageIO writer (about 5 against 17-40 ms a frame here),
 * and at a matching quality smaller. The files are baseline JFIF, 4:2:0, as
 * ImageIO writes them.
 *
 * <p>Quality is ImageIO's 0..1 scale, turned into a quantiser that matches it
 * (0.92 gives 3: 114 KB and 50.7 dB PSNR on a 1080p demo frame, where ImageIO gave
 * 175 KB and 51.0 dB). Not thread-safe; pictures of any size.
 */
public final class JpegEncoder implements AutoCloseable {

    private final int quantiser;
    private MjpegEncoder encoder;
    private AVFrame picture;
    private SwsContext converter;
    private int width;
    private int height;

    /** @param quality 0 (smallest) to 1 (best), as {@code ImageWriteParam.setCompressionQuality} */
    public JpegEncoder(float quality) {
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("JPEG quality must be between 0 and 1, not " + quality);
        }
        this.quantiser = quantiser(quality);
    }

    /**
     * libjpeg scales its tables by 5000 / Q percent below Q 50, by 200 - 2Q above; FFmpeg
     * multiplies them by the quantiser over about 5.3 percent (measured: Q 92, 16 %, matches 3).
     */
    static int quantiser(float quality) {
        double q = Math.max(1, Math.round(quality * 100));
        double scalePercent = q < 50 ? 5000 / q : 200 - 2 * q;
        return (int) Math.max(1, Math.min(31, Math.round(scalePercent / 5.3)));
    }

    /** True for the pictures {@link #encode} takes: TYPE_3BYTE_BGR with rows packed from the array's start. */
    public static boolean accepts(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getSampleModel() instanceof ComponentSampleModel model
                && model.getScanlineStride() == image.getWidth() * 3
                && image.getRaster().getDataBuffer().getOffset() == 0
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
    }

    /** A picture {@link #accepts} takes, as the bytes of a JPEG file. */
    public byte[] encode(BufferedImage image) {
        try (DecodedPicture picture = DecodedPicture.copyOf(image)) {
            return encode(picture);
        }
    }

    /**
     * Any decoded picture, as the bytes of a JPEG file: one swscale pass into the
     * encoder's full-range YUVJ420P. From the decoder's limited-range YUV420P that
     * pass only stretches the range (both formats share BT.601's matrix, as the BGR
     * path did), far cheaper than through BGR and back. The picture stays the caller's.
     */
    public byte[] encode(DecodedPicture decoded) {
        AVFrame source = decoded.frame();
        prepare(source.width(), source.height());
        converter = swscale.sws_getCachedContext(converter, width, height, source.format(), width, height,
                AV_PIX_FMT_YUVJ420P, SWS_BILINEAR, null, null, (DoublePointer) null);
        if (converter == null || converter.isNull()) {
            throw new IllegalStateException("no conversion from pixel format " + source.format() + " to YUVJ420P");
        }
        swscale.sws_scale(converter, source.data(), source.linesize(), 0, height, picture.data(), picture.linesize());
        return encoder.encode(picture);
    }

    /** One encoder per picture size: an export's frames all have one, a clip's parts rarely differ. */
    private void prepare(int newWidth, int newHeight) {
        if (encoder != null && newWidth == width && newHeight == height) {
            return;
        }
        freeNative();
        width = newWidth;
        height = newHeight;
        encoder = MjpegEncoder.standard(width, height, quantiser);
        picture = DecodedPicture.allocate(AV_PIX_FMT_YUVJ420P, width, height);
    }

    private void freeNative() {
        if (encoder != null) {
            encoder.close();
            encoder = null;
        }
        if (picture != null) {
            avutil.av_frame_free(picture);
            picture = null;
        }
    }

    @Override
    public void close() {
        freeNative();
        swscale.sws_freeContext(converter);
        converter = null;
    }
}
