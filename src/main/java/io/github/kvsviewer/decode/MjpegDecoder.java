package io.github.kvsviewer.decode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_POINT;

import io.github.kvsviewer.ffmpeg.FfmpegLog;
import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/** Decodes the JPEGs of {@link MjpegEncoder} into BGRA display frames of their own size. Not thread-safe. */
final class MjpegDecoder implements AutoCloseable {

    private final AVCodecContext context;
    private final AVPacket packet;
    private final AVFrame picture;
    private final PointerPointer<BytePointer> target = new PointerPointer<>(1);
    private final IntPointer targetStride = new IntPointer(1);
    private SwsContext converter;
    private BytePointer scratch;
    private long scratchSize;

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
        check(avcodec.av_new_packet(packet, jpeg.length), "allocating a packet");
        try {
            packet.data().position(0).put(jpeg, 0, jpeg.length);
            check(avcodec.avcodec_send_packet(context, packet), "sending a JPEG");
        } finally {
            avcodec.av_packet_unref(packet);
        }
        check(avcodec.avcodec_receive_frame(context, picture), "receiving a picture");
        try {
            return toBgra(clipIndex);
        } finally {
            avutil.av_frame_unref(picture);
        }
    }

    private DisplayFrame toBgra(int clipIndex) {
        int width = picture.width();
        int height = picture.height();
        int stride = width * 4;
        long size = (long) stride * height;
        converter = swscale.sws_getCachedContext(converter, width, height, picture.format(), width, height,
                AV_PIX_FMT_BGRA, SWS_POINT, null, null, (DoublePointer) null); // same size: no filter needed
        if (converter == null || converter.isNull()) {
            throw new IllegalStateException("no conversion from pixel format " + picture.format() + " to BGRA");
        }
        if (scratch == null || scratchSize < size) {
            if (scratch != null) {
                scratch.close();
            }
            scratch = new BytePointer(size);
            scratchSize = size;
        }
        target.put(0, scratch);
        targetStride.put(0, stride);
        swscale.sws_scale(converter, picture.data(), picture.linesize(), 0, height, target, targetStride);
        byte[] pixels = new byte[(int) size];
        scratch.position(0).get(pixels);
        return new DisplayFrame(clipIndex, width, height, stride, ByteBuffer.wrap(pixels).asReadOnlyBuffer());
    }

    private static void check(int result, String what) {
        if (result < 0) {
            throw new IllegalStateException(what + " to the MJPEG decoder failed: " + UnplayableMedia.describe(result));
        }
    }

    @Override
    public void close() {
        swscale.sws_freeContext(converter);
        if (scratch != null) {
            scratch.close();
        }
        target.close();
        targetStride.close();
        avutil.av_frame_free(picture);
        avcodec.av_packet_free(packet);
        avcodec.avcodec_free_context(context);
    }
}
