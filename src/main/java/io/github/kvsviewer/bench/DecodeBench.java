package io.github.kvsviewer.bench;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.decode.DisplayFrame;
import java.io.PrintWriter;
import java.util.List;
import java.util.Random;

/**
 * The display path on one clip in memory: every frame in order (decode_fps, and
 * each call's time as step_ms), random frames (seek_ms) and scrub previews of
 * random frames (preview_ms). Each measure opens the clip afresh, so no cache
 * carries over from the one before.
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
     * decode_fps (open included, as ffmpeg's figure includes its start) and
     * step_ms_p50/p95; returns the clip's frame count. A short warm-up first: the
     * native libraries load once per process, which the viewer does at start-up.
     */
    int sequential() {
        try (DecodedClip warmUp = ClipDecoder.open(List.of(clip))) {
            for (int i = 0; i < Math.min(WARM_UP_FRAMES, warmUp.timeline().frameCount()); i++) {
                consume(warmUp.displayFrame(i));
            }
        }
        Samples steps = new Samples();
        long started = System.nanoTime();
        int frames;
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            frames = decoded.timeline().frameCount();
            consume(decoded.displayFrame(0));
            for (int i = 1; i < frames; i++) {
                long step = System.nanoTime();
                consume(decoded.displayFrame(i));
                steps.addSince(step);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.add(Figure.of("decode_fps", frames / seconds, "fps"));
        report.add(Figure.of("step_ms_p50", steps.percentile(50), "ms"));
        report.add(Figure.of("step_ms_p95", steps.percentile(95), "ms"));
        return frames;
    }

    /** seek_ms_p50/p95: frames picked at random over the whole clip, each after the one before. */
    void seeks(int samples) {
        Samples seeks = new Samples();
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            int frames = decoded.timeline().frameCount();
            consume(decoded.displayFrame(0));
            Random random = new Random(SEED);
            for (int i = 0; i < samples; i++) {
                int target = random.nextInt(frames);
                long started = System.nanoTime();
                consume(decoded.displayFrame(target));
                seeks.addSince(started);
            }
        }
        report.add(Figure.of("seek_ms_p50", seeks.percentile(50), "ms"));
        report.add(Figure.of("seek_ms_p95", seeks.percentile(95), "ms"));
    }

    /**
     * preview_ms_p50/p95: the scrub preview of random frames, once the clip's preview
     * proxy is built (its build time goes to {@code progress}; while it builds, a
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
            Random random = new Random(SEED + 1);
            for (int i = 0; i < samples; i++) {
                int target = random.nextInt(frames);
                long asked = System.nanoTime();
                consume(decoded.previewFrame(target)
                        .orElseThrow(() -> new IllegalStateException("no preview of frame " + target)));
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
