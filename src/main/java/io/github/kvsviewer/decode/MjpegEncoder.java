package io.github.kvsviewer.decode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_BITEXACT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_QSCALE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.FF_QP2LAMBDA;

import io.github.kvsviewer.ffmpeg.FfmpegLog;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Encodes pictures of one size as single JPEGs (FFmpeg's MJPEG encoder, a fixed
 * quantiser), in one of two kinds:
 * <ul>
 * <li>{@link #proxy}: YUV420P as the video decodes it, limited range, which plain
 *     JPEG does not define: FFmpeg marks such files and its decoder reads them back
 *     right, and only FFmpeg ever reads the preview proxy's;
 * <li>{@link #standard}: full-range YUVJ420P with a JFIF header, the JPEG every
 *     viewer reads, for files people keep.
 * </ul>
 * Not thread-safe.
 */
final class MjpegEncoder implements AutoCloseable {

    private final AVCodecContext context;
    private final AVPacket packet;
    private final int quantiser;
    private long pts;

    /** Limited-range pictures for FFmpeg's own decoder; @param quantiser 2 (best) to 31 */
    static MjpegEncoder proxy(int width, int height, int quantiser) {
        return new MjpegEncoder(width, height, quantiser, false);
    }

    /** JFIF files from full-range YUVJ420P pictures; @param quantiser 1 (best) to 31 */
    static MjpegEncoder standard(int width, int height, int quantiser) {
        return new MjpegEncoder(width, height, quantiser, true);
    }

    private MjpegEncoder(int width, int height, int quantiser, boolean standard) {
        FfmpegLog.install();
        AVCodec codec = avcodec.avcodec_find_encoder(AV_CODEC_ID_MJPEG);
        if (codec == null || codec.isNull()) {
            throw new IllegalStateException("this FFmpeg build has no MJPEG encoder");
        }
        context = avcodec.avcodec_alloc_context3(codec);
        context.width(width).height(height).time_base(avutil.av_make_q(1, 30));
        context.flags(context.flags() | AV_CODEC_FLAG_QSCALE);
        if (standard) {
            // A pixel aspect ratio is what makes FFmpeg write the JFIF header; bit-exact leaves out its version.
            context.pix_fmt(AV_PIX_FMT_YUVJ420P).sample_aspect_ratio(avutil.av_make_q(1, 1));
            context.flags(context.flags() | AV_CODEC_FLAG_BITEXACT);
            context.qmin(1);
        } else {
            context.pix_fmt(AV_PIX_FMT_YUV420P);
            context.strict_std_compliance(avcodec.FF_COMPLIANCE_UNOFFICIAL); // limited-range YUV, see above
        }
        context.thread_count(1);
        int opened = avcodec.avcodec_open2(context, codec, (AVDictionary) null);
        if (opened < 0) {
            avcodec.avcodec_free_context(context);
            throw new IllegalStateException("opening the MJPEG encoder failed: " + UnplayableMedia.describe(opened));
        }
        packet = avcodec.av_packet_alloc();
        this.quantiser = quantiser;
    }

    /** One picture (this encoder's size and pixel format) as a JPEG file's bytes. */
    byte[] encode(AVFrame picture) {
        picture.quality(FF_QP2LAMBDA * quantiser).pict_type(AV_PICTURE_TYPE_NONE).pts(pts++);
        check(avcodec.avcodec_send_frame(context, picture), "sending a picture");
        check(avcodec.avcodec_receive_packet(context, packet), "receiving a JPEG");
        try {
            byte[] jpeg = new byte[packet.size()];
            packet.data().position(0).get(jpeg);
            return jpeg;
        } finally {
            avcodec.av_packet_unref(packet);
        }
    }

    private static void check(int result, String what) {
        if (result < 0) {
            throw new IllegalStateException(what + " to the MJPEG encoder failed: " + UnplayableMedia.describe(result));
        }
    }

    @Override
    public void close() {
        avcodec.av_packet_free(packet);
        avcodec.avcodec_free_context(context);
    }
}
