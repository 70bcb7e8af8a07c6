package io.github.kvsviewer.local;

import io.github.kvsviewer.archive.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a generated stream looks like: picture size, frame rate, fragment length,
 * the producer time of its first frame, how long it runs, and the outages in it
 * (no frames are produced inside a gap).
 */
public record DemoStreamSpec(
        String name,
        int width,
        int height,
        int framesPerSecond,
        Duration fragmentLength,
        Instant start,
        Duration duration,
        List<TimeRange> gaps) {

    public DemoStreamSpec {
        gaps = List.copyOf(gaps);
    }
}
