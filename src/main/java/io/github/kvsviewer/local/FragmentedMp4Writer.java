package io.github.kvsviewer.local;

import io.github.kvsviewer.ffmpeg.FfmpegLog;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_INPUT_BUFFER_PADDING_SIZE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.io.IOException;
import java.io.OutputStream;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * A fragmented MP4 with one H.264 track, written packet by packet to an
 * OutputStream. Fragmented (a moof per keyframe after an empty moov) because a
 * plain MP4 needs to seek back to write its index, which a network stream cannot.
 * Timestamps are in milliseconds.
 */
final class FragmentedMp4Writer implements AutoCloseable {

    private static final AVRational MILLIS = avutil.av_make_q(1, 1000);

    private final OutputStreamIo io;
    private final AVFormatContext format;
    private final AVStream stream;
    private final AVPacket packet;

    FragmentedMp4Writer(OutputStream out, int width, int height, byte[] avcC) throws IOException {
        FfmpegLog.install();
        io = new OutputStreamIo(out);
        format = new AVFormatContext(null);
        AVPacket allocated = null;
        try {
            FfmpegError.check(avformat.avformat_alloc_output_context2(format, null, "mp4", null), "creating an MP4 muxer");
            stream = avformat.avformat_new_stream(format, null);
            if (stream == null || stream.isNull()) {
                throw new IOException("could not add a video track");
            }
            describeTrack(stream.codecpar(), width, height, avcC);
            stream.time_base(MILLIS);
            format.pb(io.context());
            AVDictionary options = new AVDictionary(null);
            avutil.av_dict_set(options, "movflags", "frag_keyframe+empty_moov+default_base_moof", 0);
            int result = avformat.avformat_write_header(format, options);
            avutil.av_dict_free(options);
            io.rethrowFailure();
            FfmpegError.check(result, "writing the MP4 header");
            allocated = avcodec.av_packet_alloc();
        } catch (IOException | RuntimeException e) {
            freeNative(null);
            throw e;
        }
        packet = allocated;
    }

    /** Adds one access unit; {@code dtsMillis} must increase from call to call (no B-frames: pts = dts). */
    void write(long dtsMillis, long durationMillis, boolean keyframe, byte[] avcc) throws IOException {
        FfmpegError.check(avcodec.av_new_packet(packet, avcc.length), "allocating a packet");
        try {
            packet.data().position(0).put(avcc, 0, avcc.length);
            AVRational timeBase = stream.time_base(); // the muxer picks its own at write_header
            long dts = avutil.av_rescale_q(dtsMillis, MILLIS, timeBase);
            packet.pts(dts).dts(dts).duration(avutil.av_rescale_q(durationMillis, MILLIS, timeBase));
            packet.flags(keyframe ? AV_PKT_FLAG_KEY : 0).stream_index(stream.index());
            int result = avformat.av_write_frame(format, packet);
            io.rethrowFailure();
            FfmpegError.check(result, "writing a packet");
        } finally {
            avcodec.av_packet_unref(packet);
        }
    }

    /** Writes the last fragment and flushes; the OutputStream stays open. */
    void finish() throws IOException {
        int result = avformat.av_write_trailer(format);
        io.rethrowFailure();
        FfmpegError.check(result, "finishing the MP4");
        io.flush();
    }

    @Override
    public void close() {
        freeNative(packet);
    }

    private void freeNative(AVPacket allocated) {
        if (allocated != null) {
            avcodec.av_packet_free(allocated);
        }
        if (!format.isNull()) {
            format.pb(null);
            avformat.avformat_free_context(format); // frees the track and its extradata too
        }
        io.close();
    }

    private static void describeTrack(AVCodecParameters par, int width, int height, byte[] avcC) throws IOException {
        par.codec_type(AVMEDIA_TYPE_VIDEO).codec_id(AV_CODEC_ID_H264).codec_tag(0);
        par.width(width).height(height).format(AV_PIX_FMT_YUV420P);
        // FFmpeg frees extradata with av_free, so it must come from av_malloc, padded as decoders expect
        BytePointer extradata = new BytePointer(avutil.av_mallocz(avcC.length + AV_INPUT_BUFFER_PADDING_SIZE));
        if (extradata.isNull()) {
            throw new IOException("out of native memory for the codec private data");
        }
        extradata.capacity(avcC.length + AV_INPUT_BUFFER_PADDING_SIZE).put(avcC, 0, avcC.length);
        par.extradata(extradata).extradata_size(avcC.length);
    }
}
