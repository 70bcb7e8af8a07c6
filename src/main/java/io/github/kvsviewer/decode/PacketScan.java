package io.github.kvsviewer.decode;

import io.github.kvsviewer.ffmpeg.FfmpegLog;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_DISCARD;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import io.github.kvsviewer.decode.UnplayableMedia.PartLabel;
import java.util.Arrays;
import java.util.BitSet;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * Reads every packet of a started grabber's input once, without decoding, to
 * index the video frames: PTS and keyframe flag of each. Frame rate and frame
 * counts from the container are estimates (wrong across a gap); this is not.
 *
 * <p>Reads with {@code av_read_frame} on its own packet rather than
 * {@code grabPacket()}, which reports a damaged file as a normal end.
 */
final class PacketScan {

    private PacketScan() {
    }

    /**
     * Leaves the grabber's input at its end; the next access must seek. Frames whose
     * packets the demuxer marks as discarded (cut by an MP4 edit list) are decoded for
     * reference but never shown, so they are not indexed.
     */
    static PartIndex scan(FFmpegFrameGrabber grabber, PartLabel part) {
        AVFormatContext format = grabber.getFormatContext();
        int videoIndex = grabber.getVideoStream();
        if (videoIndex < 0 || !grabber.hasVideo()) {
            throw UnplayableMedia.noVideo(part, "no video track");
        }
        AVStream stream = format.streams(videoIndex);
        AVCodecParameters codec = stream.codecpar();
        if (codec.width() <= 0 || codec.height() <= 0) {
            throw UnplayableMedia.noVideo(part, "the video track has no picture size");
        }
        AVRational timeBase = stream.time_base();
        long[] pts = new long[256];
        boolean[] key = new boolean[256];
        int count = 0;
        AVPacket packet = avcodec.av_packet_alloc();
        try {
            FfmpegLog.clearLastError();
            while (true) {
                int result = avformat.av_read_frame(format, packet);
                if (result == avutil.AVERROR_EOF()) {
                    break;
                }
                if (result < 0) {
                    String detail = FfmpegLog.lastError().orElse(UnplayableMedia.describe(result));
                    throw UnplayableMedia.unreadable(part, "reading packet " + count + ": " + detail, null);
                }
                try {
                    if (packet.stream_index() != videoIndex || (packet.flags() & AV_PKT_FLAG_DISCARD) != 0) {
                        continue;
                    }
                    long time = packet.pts() != AV_NOPTS_VALUE ? packet.pts() : packet.dts();
                    if (time == AV_NOPTS_VALUE) {
                        throw UnplayableMedia.unreadable(part, "picture " + count + " has no timestamp", null);
                    }
                    if (count == pts.length) {
                        pts = Arrays.copyOf(pts, count * 2);
                        key = Arrays.copyOf(key, count * 2);
                    }
                    pts[count] = micros(time, timeBase, part);
                    key[count] = (packet.flags() & AV_PKT_FLAG_KEY) != 0;
                    count++;
                } finally {
                    avcodec.av_packet_unref(packet);
                }
            }
        } finally {
            avcodec.av_packet_free(packet);
        }
        if (count == 0) {
            throw UnplayableMedia.noVideo(part, "the video track is empty");
        }
        return index(Arrays.copyOf(pts, count), Arrays.copyOf(key, count), seekOrigin(format, stream),
                codec.width(), codec.height(), part);
    }

    /** Packets come in decode order; with B-frames that is not presentation order. */
    private static PartIndex index(long[] pts, boolean[] key, long seekOrigin, int width, int height, PartLabel part) {
        Integer[] order = new Integer[pts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(pts[a], pts[b]));
        long[] sorted = new long[pts.length];
        BitSet keyframes = new BitSet(pts.length);
        for (int i = 0; i < order.length; i++) {
            sorted[i] = pts[order[i]];
            keyframes.set(i, key[order[i]]);
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw UnplayableMedia.unreadable(part, "two pictures share the timestamp " + sorted[i] + " µs", null);
            }
        }
        return new PartIndex(sorted, keyframes, seekOrigin, width, height);
    }

    /** What JavaCV's setVideoTimestamp adds to its argument: the video stream's start time. */
    private static long seekOrigin(AVFormatContext format, AVStream stream) {
        if (stream.start_time() != AV_NOPTS_VALUE) {
            AVRational timeBase = stream.time_base();
            return 1_000_000L * stream.start_time() * timeBase.num() / timeBase.den();
        }
        return format.start_time() != AV_NOPTS_VALUE ? format.start_time() : 0;
    }

    /** JavaCV's own conversion, so decoded frames match by equality; refused where it would overflow. */
    private static long micros(long time, AVRational timeBase, PartLabel part) {
        try {
            return Math.multiplyExact(Math.multiplyExact(1_000_000L, time), (long) timeBase.num()) / timeBase.den();
        } catch (ArithmeticException e) {
            throw UnplayableMedia.unreadable(part, "timestamp " + time + " at time base " + timeBase.num() + "/"
                    + timeBase.den() + " is too large to decode", e);
        }
    }
}
