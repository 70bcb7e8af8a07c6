package io.github.kvsviewer.local;

import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;

import io.github.kvsviewer.ffmpeg.FfmpegLog;
import io.github.kvsviewer.local.ImportException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A video file opened with FFmpeg, its video stream read packet by packet without
 * decoding. Every failure is an {@link ImportException} that names the file.
 */
final class VideoInput implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VideoInput.class);
    private static final Pattern FFMPEG_CODE = Pattern.compile("error (-?\\d+)");

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final AVFormatContext format;
    private final AVStream stream;
    private final AVPacket packet;
    private long packetsRead;

    /** One video packet: its presentation time (or decode time when it has none) in the stream's time base. */
    record Packet(long time, boolean hasTime, byte[] data) {
    }

    private VideoInput(Path file, FFmpegFrameGrabber grabber, AVStream stream) {
        this.file = file;
        this.grabber = grabber;
        this.format = grabber.getFormatContext();
        this.stream = stream;
        this.packet = avcodec.av_packet_alloc();
    }

    static VideoInput open(Path file) throws ImportException {
        FFmpegFrameGrabber grabber = startGrabber(file, g -> { });
        try {
            return new VideoInput(file, grabber, videoStream(file, grabber.getFormatContext()));
        } catch (ImportException | RuntimeException e) {
            closeQuietly(grabber);
            throw e;
        }
    }

    /**
     * A started grabber on the file; {@code configure} runs before {@code start()} (to choose
     * the stream or the picture size).
     */
    static FFmpegFrameGrabber startGrabber(Path file, Consumer<FFmpegFrameGrabber> configure) throws ImportException {
        checkReadable(file);
        FfmpegLog.install();
        // An absolute path: FFmpeg would read "cam:1.mp4" as the protocol "cam".
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toAbsolutePath().toString());
        configure.accept(grabber);
        try {
            grabber.start();
            return grabber;
        } catch (FrameGrabber.Exception e) {
            closeQuietly(grabber);
            throw openFailure(file, e);
        }
    }

    Path file() {
        return file;
    }

    AVStream stream() {
        return stream;
    }

    AVCodecParameters parameters() {
        return stream.codecpar();
    }

    AVFormatContext format() {
        return format;
    }

    long packetsRead() {
        return packetsRead;
    }

    /** The next packet of the video stream, empty at the end of the file. */
    Optional<Packet> next() throws ImportException {
        while (true) {
            // av_read_frame itself, not grabPacket(): that returns null for a read error and the end alike
            int result = avformat.av_read_frame(format, packet);
            if (result == avutil.AVERROR_EOF()) {
                return Optional.empty();
            }
            if (result < 0) {
                throw new ImportException(Kind.DAMAGED, "'" + file + "' is damaged: reading it failed after "
                        + packetsRead + " video frames (" + FfmpegError.describe(result) + "). Nothing was imported.");
            }
            try {
                if (packet.stream_index() == stream.index()) {
                    packetsRead++;
                    byte[] data = new byte[packet.size()];
                    if (data.length > 0) {
                        packet.data().position(0).get(data);
                    }
                    long pts = packet.pts();
                    long time = pts != avutil.AV_NOPTS_VALUE() ? pts : packet.dts();
                    return Optional.of(new Packet(time, pts != avutil.AV_NOPTS_VALUE(), data));
                }
            } finally {
                avcodec.av_packet_unref(packet);
            }
        }
    }

    @Override
    public void close() {
        avcodec.av_packet_free(packet);
        closeQuietly(grabber);
    }

    private static void checkReadable(Path file) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(Kind.FILE_UNREADABLE, "'" + file + "' is a folder, not a video file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(Kind.FILE_UNREADABLE, "There is no file '" + file + "'.");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(Kind.FILE_UNREADABLE, "'" + file + "' cannot be read (no permission).");
        }
        try {
            if (Files.size(file) == 0) {
                throw new ImportException(Kind.FILE_UNREADABLE, "'" + file + "' is empty.");
            }
        } catch (IOException e) {
            throw new ImportException(Kind.FILE_UNREADABLE, "'" + file + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** The first real video stream; cover art is a "video" stream of one still picture and does not count. */
    private static AVStream videoStream(Path file, AVFormatContext format) throws ImportException {
        boolean coverArt = false;
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream candidate = format.streams(i);
            AVCodecParameters par = candidate.codecpar();
            if (par.codec_type() != AVMEDIA_TYPE_VIDEO || par.codec_id() == avcodec.AV_CODEC_ID_NONE) {
                continue;
            }
            if ((candidate.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0) {
                coverArt = true;
                continue;
            }
            return candidate;
        }
        throw new ImportException(Kind.NO_VIDEO_STREAM, "'" + file + "' has no video stream"
                + (coverArt ? ", only a still picture (cover art)." : ".") + " Nothing was imported.");
    }

    private static ImportException openFailure(Path file, FrameGrabber.Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Did not find a video or audio stream")) {
            return new ImportException(Kind.NO_VIDEO_STREAM, "'" + file + "' has no video stream. Nothing was imported.", e);
        }
        if (message.startsWith("avcodec_find_decoder()")) {
            return new ImportException(Kind.NOT_A_VIDEO, "FFmpeg has no decoder for the video in '" + file
                    + "'. Nothing was imported.", e);
        }
        Matcher code = FFMPEG_CODE.matcher(message);
        String reason = code.find() ? FfmpegError.describe(Integer.parseInt(code.group(1))) : message;
        return new ImportException(Kind.NOT_A_VIDEO, "'" + file + "' is not a video file FFmpeg can read (" + reason
                + "); if it is a recording, it may be damaged or cut short. Nothing was imported.", e);
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            log.debug("Closing the grabber failed", e);
        }
    }
}
