package io.github.kvsviewer.local;

import io.github.kvsviewer.ffmpeg.FfmpegLog;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_SMPTE170M;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_MPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_SMPTE170M;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_SMPTE170M;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_I;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * Encodes pictures to H.264 with the bundled FFmpeg's libopenh264 (Constrained
 * Baseline: no B-frames, so decode order is presentation order) and hands back
 * AVCC access units plus the avcC record, the form the fragment store keeps.
 *
 * <p>Keyframes come only where the caller asks for them (at each fragment start),
 * never on a timer. openh264 is single-threaded: run one encoder per core. Not
 * thread-safe; close it to free its native memory.
 */
public final class H264Encoder implements AutoCloseable {

    private final int width;
    private final int height;
    private final AVCodecContext context;
    private final AVFrame frame;
    private final AVPacket packet;
    private final Yuv420Writer yuv;
    private final byte[] codecPrivateData;
    private long nextPts;

    /**
     * Opens an encoder for {@code width x height} pictures at a constant frame rate.
     * Rate control is openh264's buffer-based mode: steady quality rather than a bit-rate
     * target, which keeps the clock text and the strip sharp (about 0.5 Mb/s at 720p15
     * for the demo scene) and encoded a fifth faster than the bit-rate modes at 1080p.
     */
    public H264Encoder(int width, int height, int framesPerSecond) throws IOException {
        FfmpegLog.install();
        this.width = width;
        this.height = height;
        this.yuv = new Yuv420Writer(width, height);
        AVCodec codec = avcodec.avcodec_find_encoder_by_name("libopenh264");
        if (codec == null || codec.isNull()) {
            throw new IOException("this FFmpeg build has no libopenh264 encoder");
        }
        context = avcodec.avcodec_alloc_context3(codec);
        frame = avutil.av_frame_alloc();
        packet = avcodec.av_packet_alloc();
        try {
            configure(framesPerSecond);
            FfmpegError.check(avcodec.avcodec_open2(context, codec, (AVDictionary) null), "opening libopenh264");
            codecPrivateData = AvcBitstream.decoderConfiguration(bytes(context.extradata(), context.extradata_size()));
            frame.format(AV_PIX_FMT_YUV420P).width(width).height(height);
            FfmpegError.check(avutil.av_frame_get_buffer(frame, 0), "allocating a picture");
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The avcC record (ISO/IEC 14496-15) describing every access unit this encoder produces. */
    public byte[] codecPrivateData() {
        return codecPrivateData.clone();
    }

    /**
     * Encodes one picture, converting all of it.
     *
     * @param picture a {@link BufferedImage#TYPE_INT_RGB} image of the encoder's size
     * @param offsetMillis the picture's time after its fragment's start, carried into the access unit
     * @param keyframe true to make it an IDR picture (every fragment starts with one)
     */
    public AccessUnit encode(BufferedImage picture, int offsetMillis, boolean keyframe) throws IOException {
        return encode(picture, List.of(new Rectangle(0, 0, width, height)), offsetMillis, keyframe);
    }

    /**
     * Encodes a picture that differs from the previous one only inside {@code changed}:
     * only those regions are converted to YUV (in the demo scene about a quarter of the
     * picture, which made a 1080p frame a quarter cheaper overall). The first picture is
     * always converted whole.
     */
    public AccessUnit encode(BufferedImage picture, List<Rectangle> changed, int offsetMillis, boolean keyframe)
            throws IOException {
        if (picture.getType() != BufferedImage.TYPE_INT_RGB || picture.getWidth() != width
                || picture.getHeight() != height) {
            throw new IllegalArgumentException("expected a " + width + "x" + height + " TYPE_INT_RGB image");
        }
        int[] rgb = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        // keeps the previous picture's pixels if the encoder still held a reference to them
        FfmpegError.check(avutil.av_frame_make_writable(frame), "reusing the picture buffer");
        yuv.write(rgb, nextPts == 0 ? List.of(new Rectangle(0, 0, width, height)) : changed, frame);
        frame.pts(nextPts++);
        frame.pict_type(keyframe ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE);
        FfmpegError.check(avcodec.avcodec_send_frame(context, frame), "encoding a picture");
        int received = avcodec.avcodec_receive_packet(context, packet);
        if (received == avutil.AVERROR_EAGAIN()) {
            // Only happens when openh264 skips a frame to meet its bit rate; we disabled that.
            throw new IOException("libopenh264 produced no picture for frame " + (nextPts - 1));
        }
        FfmpegError.check(received, "receiving an encoded picture");
        try {
            boolean isKey = (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0;
            if (keyframe && !isKey) {
                throw new IOException("libopenh264 ignored a keyframe request at frame " + (nextPts - 1));
            }
            return new AccessUnit(offsetMillis, isKey, AvcBitstream.toAvcc(bytes(packet.data(), packet.size())));
        } finally {
            avcodec.av_packet_unref(packet);
        }
    }

    @Override
    public void close() {
        avcodec.avcodec_free_context(context);
        avutil.av_frame_free(frame);
        avcodec.av_packet_free(packet);
    }

    private void configure(int framesPerSecond) throws IOException {
        context.width(width).height(height).pix_fmt(AV_PIX_FMT_YUV420P);
        context.time_base(avutil.av_make_q(1, framesPerSecond));
        context.framerate(avutil.av_make_q(framesPerSecond, 1));
        context.gop_size(0);          // no periodic IDR: keyframes only on request
        context.max_b_frames(0);
        context.thread_count(1);
        context.slices(1);
        context.flags(context.flags() | AV_CODEC_FLAG_GLOBAL_HEADER); // SPS/PPS out of band, for avcC
        context.color_range(AVCOL_RANGE_MPEG);
        context.colorspace(AVCOL_SPC_SMPTE170M);
        context.color_primaries(AVCOL_PRI_SMPTE170M);
        context.color_trc(AVCOL_TRC_SMPTE170M);
        setOption("allow_skip_frames", "0"); // every picture must come out: a skipped one is a lost timestamp
        setOption("rc_mode", "buffer");
    }

    private void setOption(String name, String value) throws IOException {
        FfmpegError.check(avutil.av_opt_set(context.priv_data(), name, value, 0), "setting " + name);
    }

    private static byte[] bytes(BytePointer pointer, int size) {
        byte[] bytes = new byte[size];
        pointer.position(0).get(bytes, 0, size);
        return bytes;
    }
}
