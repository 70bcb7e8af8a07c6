package io.github.kvsviewer.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A span of time, both ends inclusive as KVS selectors treat them. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends before it starts: " + start + " .. " + end);
        }
    }

    public static TimeRange of(Instant start, Duration duration) {
        return new TimeRange(start, start.plus(duration));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Both ends inclusive. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && !instant.isAfter(end);
    }
}
