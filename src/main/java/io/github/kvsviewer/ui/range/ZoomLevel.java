package io.github.kvsviewer.ui.range;

import io.github.kvsviewer.archive.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How much of the time line the range slider spans: the whole day, two hours, or
 * two minutes. Each level has a tick unit that its window starts on (so tick labels
 * are round local times) and a step that dragged values snap to.
 */
public enum ZoomLevel {

    DAY(Duration.ofDays(1), Duration.ofHours(3), Duration.ofMinutes(1), "HH:mm"),
    HOURS(Duration.ofHours(2), Duration.ofMinutes(15), Duration.ofSeconds(1), "HH:mm"),
    MINUTES(Duration.ofMinutes(2), Duration.ofSeconds(15), Duration.ofMillis(100), "HH:mm:ss");

    /** Minor ticks between two labelled ticks, at every level. */
    public static final int MINOR_TICKS = 2;

    private final Duration span;
    private final Duration tickUnit;
    private final Duration snap;
    private final String tickPattern;

    ZoomLevel(Duration span, Duration tickUnit, Duration snap, String tickPattern) {
        this.span = span;
        this.tickUnit = tickUnit;
        this.snap = snap;
        this.tickPattern = tickPattern;
    }

    public Duration tickUnit() {
        return tickUnit;
    }

    /** Dragged slider values are rounded to this. */
    public Duration snap() {
        return snap;
    }

    String tickPattern() {
        return tickPattern;
    }

    public Optional<ZoomLevel> closer() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<ZoomLevel> wider() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    /**
     * The slider's window for a range: at DAY the zone's calendar day of the range
     * start (23 or 25 hours on a clock change); closer in, this level's span (longer
     * if the range needs it) around the range's middle, starting on a tick.
     */
    TimeRange window(TimeRange range, ZoneId zone) {
        LocalDate day = range.start().atZone(zone).toLocalDate();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        if (this == DAY) {
            return new TimeRange(dayStart, day.plusDays(1).atStartOfDay(zone).toInstant());
        }
        long unit = tickUnit.toMillis();
        long needed = range.duration().toMillis() + 2 * unit;
        long length = Math.max(span.toMillis(), Math.floorDiv(needed + unit - 1, unit) * unit);
        Instant middle = range.start().plus(range.duration().dividedBy(2));
        // Ticks count from the local midnight, so the labels read 10:15, 10:30... in any zone.
        long fromMidnight = Duration.between(dayStart, middle).toMillis() - length / 2;
        Instant start = dayStart.plusMillis(Math.floorDiv(fromMidnight, unit) * unit);
        return new TimeRange(start, start.plusMillis(length));
    }

    /** Whether the slider can keep {@code window} for {@code range} or must move. */
    boolean keeps(TimeRange window, TimeRange range, ZoneId zone) {
        if (this == DAY) {
            return window.equals(window(range, zone));
        }
        boolean inside = !range.start().isBefore(window.start()) && !range.end().isAfter(window.end());
        // A window widened for a long range goes back to the level's span once the range fits in it.
        boolean widened = window.duration().compareTo(span) > 0;
        boolean needsWidening = range.duration().plus(tickUnit.multipliedBy(2)).compareTo(span) > 0;
        return inside && (!widened || needsWidening);
    }

    /** {@code epochMillis} rounded to the nearest snap step. */
    Instant snapped(double epochMillis) {
        long step = snap.toMillis();
        return Instant.ofEpochMilli(Math.round(epochMillis / step) * step);
    }
}
