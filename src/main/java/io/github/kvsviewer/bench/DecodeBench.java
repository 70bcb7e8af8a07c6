package io.github.kvsviewer.bench;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.decode.DisplayFrame;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The display path on one clip in memory: every frame in order (decode_fps, and
 * each call's time as step_ms) beside ffmpeg and OpenCV on the same file, random
 * frames (seek_ms) and scrub previews of random frames (preview_ms). Each measure
 * opens the clip afresh, so no cache carries over from the one before.
 */
final class DecodeBench {

    private static final long SEED = 20261120L;
    private static final int WARM_UP_FRAMES = 60;

    private final ClipBytes clip;
    private final FigureReport report;

    DecodeBench(ClipBytes clip, FigureReport report) {
        this.clip = clip;
        this.report = report;
    }

    /**
     * decode_fps, ffmpeg_fps and opencv_fps, each the median of {@code rounds} passes
     * taken in turn (so a change in the machine's load hits all three alike), and
     * step_ms_p50/p95 over every step of our passes. Our pass is the player's path
     * ({@link DecodedClip#displayFrameInto} into a direct buffer, the clip opened
     * within the time, as ffmpeg's start-up is within its own); the allocating
     * {@link DecodedClip#displayFrame} gets one pass, reported on {@code progress}.
     * A short warm-up first: the native libraries load once per process, which the
     * viewer does at start-up.
     */
    void throughput(Path clipFile, int rounds, PrintWriter progress) {
        playThrough(new Samples(), WARM_UP_FRAMES);
        Samples steps = new Samples();
        Samples ours = new Samples();
        List<Figure> ffmpeg = new ArrayList<>();
        List<Figure> opencv = new ArrayList<>();
        int frames = 0;
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            frames = playThrough(steps, Integer.MAX_VALUE);
            ours.add(frames / ((System.nanoTime() - started) / 1e9));
            ffmpeg.add(ExternalDecoders.ffmpeg(clipFile, frames));
            opencv.add(ExternalDecoders.opencv(clipFile, frames));
        }
        report.add(Figure.of("decode_fps", ours.median(), "fps"));
        report.add(median(ffmpeg));
        report.add(median(opencv));
        report.add(Figure.of("step_ms_p50", steps.percentile(50), "ms"));
        report.add(Figure.of("step_ms_p95", steps.percentile(95), "ms"));
        progress.printf("bench: displayFrame (a new array per frame, cached): %.1f fps%n", allocatingPass());
        progress.flush();
    }

    /** Opens the clip and shows its first {@code limit} frames in order, timing each step; returns the frames shown. */
    private int playThrough(Samples steps, int limit) {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            int frames = Math.min(limit, decoded.timeline().frameCount());
            ByteBuffer picture = ByteBuffer.allocateDirect(decoded.width() * decoded.height() * 4);
            decoded.displayFrameInto(0, picture);
            for (int i = 1; i < frames; i++) {
                long step = System.nanoTime();
                decoded.displayFrameInto(i, picture);
                steps.addSince(step);
            }
            return frames;
        }
    }

    private double allocatingPass() {
        long started = System.nanoTime();
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            int frames = decoded.timeline().frameCount();
            for (int i = 0; i < frames; i++) {
                consume(decoded.displayFrame(i));
            }
            return frames / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** The median of the rounds' figures, or the first skip (a tool that is missing is missing every round). */
    private static Figure median(List<Figure> rounds) {
        Samples values = new Samples();
        for (Figure figure : rounds) {
            if (figure.value().isEmpty()) {
                return figure;
            }
            values.add(figure.value().getAsDouble());
        }
        Figure first = rounds.get(0);
        return Figure.of(first.name(), values.median(), first.unit());
    }

    /**
     * seek_ms_p50/p95: frames picked at random over the whole clip, each after the one
     * before, by the player's path.
     */
    void seeks(int samples) {
        Samples seeks = new Samples();
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            int frames = decoded.timeline().frameCount();
            ByteBuffer picture = ByteBuffer.allocateDirect(decoded.width() * decoded.height() * 4);
            decoded.displayFrameInto(0, picture);
            Random random = new Random(SEED);
            for (int i = 0; i < samples; i++) {
                int target = random.nextInt(frames);
                long started = System.nanoTime();
                decoded.displayFrameInto(target, picture);
                seeks.addSince(started);
            }
        }
        report.add(Figure.of("seek_ms_p50", seeks.percentile(50), "ms"));
        report.add(Figure.of("seek_ms_p95", seeks.percentile(95), "ms"));
    }

    /**
     * preview_ms_p50/p95: the scrub preview of random frames into the scrubber's
     * picture ({@link DecodedClip#previewFrameInto}), once the clip's preview proxy is built (its build time goes to {@code progress}; while it builds, a
     * frame not reached yet has no preview and the scrubber shows the last one).
     */
    void previews(int samples, PrintWriter progress) throws InterruptedException {
        Samples previews = new Samples();
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            int frames = decoded.timeline().frameCount();
            long started = System.nanoTime();
            decoded.previewFrame(0);
            while (decoded.previewFramesReady() < frames) {
                Thread.sleep(5);
            }
            progress.printf("bench: preview proxy of %d frames built in %d ms%n", frames,
                    (System.nanoTime() - started) / 1_000_000);
            progress.flush();
            ByteBuffer picture = ByteBuffer.allocateDirect(decoded.previewWidth() * decoded.previewHeight() * 4);
            Random random = new Random(SEED + 1);
            for (int i = 0; i < samples; i++) {
                int target = random.nextInt(frames);
                long asked = System.nanoTime();
                if (!decoded.previewFrameInto(target, picture)) {
                    throw new IllegalStateException("no preview of frame " + target);
                }
                previews.addSince(asked);
            }
        }
        report.add(Figure.of("preview_ms_p50", previews.percentile(50), "ms"));
        report.add(Figure.of("preview_ms_p95", previews.percentile(95), "ms"));
    }

    /** Touches the pixels as a viewer would hand them on, so no work can be skipped. */
    static int consume(DisplayFrame frame) {
        return frame.bgra().get(frame.bgra().capacity() / 2);
    }
}
