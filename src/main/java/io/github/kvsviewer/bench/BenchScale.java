package io.github.kvsviewer.bench;

import io.github.kvsviewer.local.DemoFootage;
import io.github.kvsviewer.local.DemoStreamSpec;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How big each benchmark is. The full run works on {@code cafe-entrance} (1080p,
 * 30 fps, 2 s fragments) and a 10-minute stream made of its fragments; the quick
 * run on a few seconds of small footage, to check that every figure is produced,
 * not to measure anything.
 *
 * @param source the demo stream whose encoded fragments every clip is made of
 * @param longFragments fragments of the long stream (10 minutes of 2 s fragments)
 * @param clipFragments the "60 s clip" of decode, step, seek, preview and rss_mb_1min
 * @param getClipFragments the fragments of one GetClip call (200, the service's limit)
 * @param firstFrameFragments the "4 s clip" loaded over HTTP
 * @param firstFrameRuns loads whose median is first_frame_ms (after two warm-up loads)
 * @param seekSamples random frames seeked to
 * @param previewSamples random frames previewed
 * @param exportFrames frames written per export format
 * @param decodeRounds passes of decode_fps, ffmpeg_fps and opencv_fps, taken in turn
 */
record BenchScale(
        boolean quick,
        DemoStreamSpec source,
        int longFragments,
        int clipFragments,
        int getClipFragments,
        int firstFrameFragments,
        int firstFrameRuns,
        int seekSamples,
        int previewSamples,
        int exportFrames,
        int decodeRounds) {

    static final String SOURCE_STREAM = "cafe-entrance";

    static BenchScale fullRun() {
        DemoStreamSpec entrance = DemoFootage.standardStreams().stream()
                .filter(spec -> spec.name().equals(SOURCE_STREAM)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo stream " + SOURCE_STREAM));
        return new BenchScale(false, entrance, 300, 30, 200, 2, 10, 100, 300, 60, 3);
    }

    /** Seconds of work: 640x360 footage, 4 fragments of 1 s repeated to 12. */
    static BenchScale quickRun() {
        DemoStreamSpec small = new DemoStreamSpec("bench-quick", 640, 360, 15, Duration.ofSeconds(1),
                OffsetDateTime.parse("2026-11-20T10:00:00.500+09:00").toInstant(), Duration.ofSeconds(4), List.of());
        return new BenchScale(true, small, 12, 6, 10, 2, 3, 10, 20, 5, 1);
    }
}
