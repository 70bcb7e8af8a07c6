package io.github.kvsviewer.local;

import io.github.kvsviewer.ffmpeg.FfmpegLog;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Video files for import tests, written with FFmpegFrameRecorder: demo frames whose
 * time-code strip holds {@code start + round(i * 1000 / fps)} ms, frame i's time
 * after the first, so any frame read back tells when it should be.
 */
public final class ImportFootage {

    public static final Instant START = OffsetDateTime.parse("2026-11-20T10:00:00.250+09:00").toInstant();
    public static final int WIDTH = 480;
    public static final int HEIGHT = 270;
    public static final int FPS = 15;

    /** One file to write: codec, container, size, rate, GOP, B-frames and metadata. */
    public record Spec(int codec, String codecName, String format, int width, int height, int fps, int frames,
            int gop, int bFrames, String creationTime, String options) {

        /** 6 s of 480x270 at 15 fps, H.264 (openh264) in MP4, a keyframe every second, no creation time. */
        public static Spec h264Mp4() {
            return new Spec(AV_CODEC_ID_H264, "libopenh264", "mp4", WIDTH, HEIGHT, FPS, 6 * FPS, FPS, 0, null, null);
        }

        /** As {@link #h264Mp4()} in MPEG-TS: Annex B, parameter sets in band, 90 kHz times not starting at 0. */
        public static Spec h264Ts() {
            return new Spec(AV_CODEC_ID_H264, "libopenh264", "mpegts", WIDTH, HEIGHT, FPS, 6 * FPS, FPS, 0, null, null);
        }

        /** MPEG-4 Part 2 with B-frames in Matroska: not H.264, and frames out of presentation order. */
        public static Spec mpeg4Mkv() {
            return new Spec(AV_CODEC_ID_MPEG4, null, "matroska", WIDTH, HEIGHT, FPS, 6 * FPS, FPS, 2, null, null);
        }

        /** Motion JPEG in AVI, an odd height (the recorder rounds an odd width up itself). */
        public static Spec mjpegAvi() {
            return new Spec(AV_CODEC_ID_MJPEG, null, "avi", WIDTH, HEIGHT + 1, 10, 30, 1, 0, null, null);
        }

        public Spec withGop(int frames) {
            return new Spec(codec, codecName, format, width, height, fps, this.frames, frames, bFrames, creationTime, options);
        }

        public Spec withFrames(int count) {
            return new Spec(codec, codecName, format, width, height, fps, count, gop, bFrames, creationTime, options);
        }

        public Spec withSize(int w, int h) {
            return new Spec(codec, codecName, format, w, h, fps, frames, gop, bFrames, creationTime, options);
        }

        /** As FFmpeg takes it, e.g. "2026-11-20T01:00:00Z". */
        public Spec withCreationTime(String iso) {
            return new Spec(codec, codecName, format, width, height, fps, frames, gop, bFrames, iso, options);
        }

        /** The muxer's movflags, e.g. "faststart" (the index before the media). */
        public Spec withMovflags(String flags) {
            return new Spec(codec, codecName, format, width, height, fps, frames, gop, bFrames, creationTime, flags);
        }
    }

    private ImportFootage() {
    }

    /** Frame i's time after the first frame, in ms. */
    public static long millis(int frame, int fps) {
        return Math.round(frame * 1000.0 / fps);
    }

    public static Path write(Path file, Spec spec) {
        FfmpegLog.install(); // the recorder's stream dump goes to the log, not the test output
        DemoFramePainter painter = new DemoFramePainter("import-test", spec.width(), spec.height());
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), spec.width(), spec.height());
                Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat(spec.format());
            recorder.setVideoCodec(spec.codec());
            if (spec.codecName() != null) {
                recorder.setVideoCodecName(spec.codecName());
            }
            recorder.setFrameRate(spec.fps());
            recorder.setGopSize(spec.gop());
            recorder.setMaxBFrames(spec.bFrames());
            recorder.setVideoBitrate(2_000_000);
            if (spec.codec() != AV_CODEC_ID_H264) {
                recorder.setVideoQuality(2); // sharp strips; openh264 goes by the bit rate
            }
            if (spec.creationTime() != null) {
                recorder.setMetadata("creation_time", spec.creationTime());
            }
            if (spec.options() != null) {
                recorder.setOption("movflags", spec.options());
            }
            recorder.start();
            for (int i = 0; i < spec.frames(); i++) {
                recorder.record(converter.convert(painter.paint(i, START.plusMillis(millis(i, spec.fps())))));
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IllegalStateException("could not write " + file, e);
        }
        return file;
    }

    /** One second of silence as WAV: media without a video stream. */
    public static Path audioOnly(Path file) {
        FfmpegLog.install();
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 1)) {
            recorder.setFormat("wav");
            recorder.setSampleRate(8000);
            recorder.start();
            recorder.recordSamples(8000, 1, ShortBuffer.allocate(8000));
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IllegalStateException("could not write " + file, e);
        }
        return file;
    }

    /**
     * The H.264 of {@code source} remuxed with each pair of frames' presentation times
     * swapped, as a file with B-frames stores them (decode order differs from
     * presentation order). openh264 makes no B-frames, so this stands in for a camera
     * that does: the pictures do not match the times, only the order matters here.
     */
    public static Path reordered(Path source, Path target) {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile())) {
            grabber.start();
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toFile(), grabber.getImageWidth(),
                    grabber.getImageHeight())) {
                recorder.setFormat("mp4");
                recorder.start(grabber.getFormatContext());
                AVPacket packet;
                for (int i = 0; (packet = grabber.grabPacket()) != null; i++) {
                    long step = 1024; // one frame at 15 fps in the MP4's 1/15360 time base
                    packet.dts(i * step).pts((i % 2 == 0 ? i + 2 : i) * step); // pts >= dts, out of order
                    recorder.recordPacket(packet);
                }
                recorder.stop();
            }
            grabber.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The video packets of a file as the demuxer gives them, in order. */
    public static List<byte[]> videoPackets(Path file) {
        List<byte[]> packets = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            int video = grabber.getVideoStream();
            AVPacket packet;
            while ((packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() == video) {
                    byte[] data = new byte[packet.size()];
                    packet.data().position(0).get(data);
                    packets.add(data);
                }
                org.bytedeco.ffmpeg.global.avcodec.av_packet_unref(packet);
            }
            grabber.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packets;
    }
}
