package io.github.kvsviewer.decode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;

import io.github.kvsviewer.ffmpeg.FfmpegLog;
import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/** Decodes the JPEGs of {@link MjpegEncoder} into BGRA display frames of their own size. Not thread-safe. */
final class MjpegDecoder implements AutoCloseable {

    private final AVCodecContext context;
    private final AVPacket packet;
    private final AVFrame picture;
    private BgraConverter converter;

    MjpegDecoder() {
        FfmpegLog.install();
        AVCodec codec = avcodec.avcodec_find_decoder(AV_CODEC_ID_MJPEG);
        if (codec == null || codec.isNull()) {
            throw new IllegalStateException("this FFmpeg build has no MJPEG decoder");
        }
        context = avcodec.avcodec_alloc_context3(codec);
        context.thread_count(1); // one small picture at a time: threads would only add hand-over latency
        int opened = avcodec.avcodec_open2(context, codec, (AVDictionary) null);
        if (opened < 0) {
            avcodec.avcodec_free_context(context);
            throw new IllegalStateException("opening the MJPEG decoder failed: " + UnplayableMedia.describe(opened));
        }
        packet = avcodec.av_packet_alloc();
        picture = avutil.av_frame_alloc();
    }

    /** The JPEG as a display frame with read-only pixels nobody writes again, stride 4 × width. */
    DisplayFrame decode(byte[] jpeg, int clipIndex) {
        decodePicture(jpeg);
        try {
            return converter(picture).display(picture, clipIndex);
        } finally {
            avutil.av_frame_unref(picture);
        }
    }

    /** The JPEG's pixels written into {@code target} as {@link BgraConverter#convert} does. */
    void decodeInto(byte[] jpeg, ByteBuffer target) {
        decodePicture(jpeg);
        try {
            converter(picture).convert(picture, target);
        } finally {
            avutil.av_frame_unref(picture);
        }
    }

    private void decodePicture(byte[] jpeg) {
        check(avcodec.av_new_packet(packet, jpeg.length), "allocating a packet");
        try {
            packet.data().position(0).put(jpeg, 0, jpeg.length);
            check(avcodec.avcodec_send_packet(context, packet), "sending a JPEG");
        } finally {
            avcodec.av_packet_unref(packet);
        }
        check(avcodec.avcodec_receive_frame(context, picture), "receiving a picture");
    }

    /** Every JPEG of a proxy has the same size: one converter serves them all. */
    private BgraConverter converter(AVFrame decoded) {
        if (converter == null) {
            converter = new BgraConverter(decoded.width(), decoded.height());
        }
        return converter;
    }

    private static void check(int result, String what) {
        if (result < 0) {
            throw new IllegalStateException(what + " to the MJPEG decoder failed: " + UnplayableMedia.describe(result));
        }
    }

    @Override
    public void close() {
        if (converter != null) {
            converter.close();
        }
        avutil.av_frame_free(picture);
        avcodec.av_packet_free(packet);
        avcodec.avcodec_free_context(context);
    }
}
