package io.github.kvsviewer.local;

import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;

import io.github.kvsviewer.local.ImportException.Kind;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * The first pass over a file: opens it, finds its video, reads every video packet
 * without decoding (only the demuxer runs, so it is quick) and decides whether the
 * H.264 can be stored as it is. A file that fails here has not touched the store.
 */
final class VideoProbe {

    /** Longer fragments make GetClip's whole-fragment answers needlessly coarse; re-encode instead. */
    static final long MAX_KEYFRAME_INTERVAL_MILLIS = 10_000;

    private VideoProbe() {
    }

    static ProbedVideo probe(Path file) throws ImportException {
        try (VideoInput input = VideoInput.open(file)) {
            AVStream stream = input.stream();
            AVCodecParameters par = input.parameters();
            boolean h264 = par.codec_id() == avcodec.AV_CODEC_ID_H264;
            H264Packets packets = h264 ? H264Packets.forExtradata(extradata(par)) : null;
            Tally tally = new Tally(stream.time_base());
            for (Optional<VideoInput.Packet> next = input.next(); next.isPresent(); next = input.next()) {
                VideoInput.Packet packet = next.get();
                tally.add(packet, packets != null && packets.isIdr(packet.data()));
            }
            long promised = stream.nb_frames();
            if (promised > 0 && input.packetsRead() < promised) {
                throw new ImportException(Kind.DAMAGED, "'" + file + "' is cut short: only " + input.packetsRead()
                        + " of its " + promised + " video frames are in the file. Nothing was imported.");
            }
            if (input.packetsRead() == 0) {
                throw new ImportException(Kind.DAMAGED, "'" + file + "' has a video stream without a single frame. "
                        + "Nothing was imported.");
            }
            String codec = avcodec.avcodec_get_name(par.codec_id()).getString();
            AVRational rate = stream.avg_frame_rate();
            double frameRate = rate.den() > 0 && rate.num() > 0 ? (double) rate.num() / rate.den() : 0;
            return new ProbedVideo(stream.index(), codec, par.width(), par.height(), frameRate, input.packetsRead(),
                    tally.outOfOrder, hasAudio(input.format()), creationTime(input.format(), stream),
                    reencodeReason(h264, codec, tally));
        }
    }

    private static Optional<String> reencodeReason(boolean h264, String codec, Tally tally) {
        if (!h264) {
            return Optional.of("its video is " + codec + ", not H.264");
        }
        if (tally.missingTime) {
            return Optional.of("its frames carry no presentation times");
        }
        if (tally.outOfOrder) {
            return Optional.of("it has B-frames (frames stored out of presentation order), "
                    + "and the archive keeps one time per frame");
        }
        if (tally.idrCount == 0) {
            return Optional.of("it has no IDR picture a fragment could start with");
        }
        long longest = tally.longestKeyframeInterval();
        if (longest > MAX_KEYFRAME_INTERVAL_MILLIS) {
            return Optional.of(String.format(Locale.ROOT, "its keyframes are up to %.1f s apart, more than the %d s "
                    + "a fragment may last", longest / 1000.0, MAX_KEYFRAME_INTERVAL_MILLIS / 1000));
        }
        return Optional.empty();
    }

    static byte[] extradata(AVCodecParameters par) {
        int size = par.extradata_size();
        byte[] bytes = new byte[Math.max(0, size)];
        if (size > 0 && par.extradata() != null) {
            par.extradata().position(0).get(bytes, 0, size);
        }
        return bytes;
    }

    private static boolean hasAudio(AVFormatContext format) {
        for (int i = 0; i < format.nb_streams(); i++) {
            if (format.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_AUDIO) {
                return true;
            }
        }
        return false;
    }

    /** The container's creation_time (MP4's mvhd, Matroska's DateUTC), else the video stream's. */
    private static Optional<String> creationTime(AVFormatContext format, AVStream stream) {
        return metadata(format.metadata(), "creation_time").or(() -> metadata(stream.metadata(), "creation_time"));
    }

    private static Optional<String> metadata(AVDictionary dictionary, String key) {
        if (dictionary == null || dictionary.isNull()) {
            return Optional.empty();
        }
        AVDictionaryEntry entry = avutil.av_dict_get(dictionary, key, null, 0);
        return entry == null || entry.isNull() ? Optional.empty() : Optional.of(entry.value().getString().trim());
    }

    /** Running facts about the packets, in milliseconds from the first. */
    private static final class Tally {
        private final AVRational timeBase;
        private final AVRational millis = avutil.av_make_q(1, 1000);
        private long first = Long.MIN_VALUE;
        private long latest = Long.MIN_VALUE;
        private long lastMillis;
        private long lastIdrMillis = -1;
        private long longestIdrGap;
        private long idrCount;
        private boolean outOfOrder;
        private boolean missingTime;

        Tally(AVRational timeBase) {
            this.timeBase = timeBase;
        }

        void add(VideoInput.Packet packet, boolean idr) {
            if (!packet.hasTime()) {
                missingTime = true;
                return;
            }
            if (first == Long.MIN_VALUE) {
                first = packet.time();
            }
            if (latest != Long.MIN_VALUE && packet.time() < latest) {
                outOfOrder = true;
            }
            latest = Math.max(latest, packet.time());
            lastMillis = avutil.av_rescale_q(packet.time() - first, timeBase, millis);
            if (idr) {
                if (lastIdrMillis >= 0) {
                    longestIdrGap = Math.max(longestIdrGap, lastMillis - lastIdrMillis);
                }
                lastIdrMillis = lastMillis;
                idrCount++;
            }
        }

        /** Between IDR pictures, and from the last one to the end (the last fragment). */
        long longestKeyframeInterval() {
            return Math.max(longestIdrGap, lastIdrMillis >= 0 ? lastMillis - lastIdrMillis : 0);
        }
    }
}
