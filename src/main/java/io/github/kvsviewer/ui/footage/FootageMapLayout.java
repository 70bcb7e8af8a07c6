package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipPlanner;
import io.github.kvsviewer.clip.TimeDisplay;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The footage map in pixels for one width: where each fragment, gap, range and
 * axis tick goes, and which fragment lies under a given x. Plain arithmetic, so it
 * is tested without a canvas; the painter only draws what this says.
 */
final class FootageMapLayout {

    /** A stretch of x, left to right. */
    record Span(double x0, double x1) {
        double width() {
            return x1 - x0;
        }
    }

    record FragmentBox(Fragment fragment, Span span, boolean returned, boolean selected) {
    }

    record Tick(double x, String label) {
    }

    /** Frames are at most this far apart; a longer stretch without footage is a gap. */
    static final Duration LONGEST_FRAME_GAP = Duration.ofSeconds(1);
    /** A click this close to a narrow fragment still picks it. */
    static final double HIT_SLOP = 3;
    static final double MIN_TICK_SPACING = 80;
    private static final List<Duration> TICK_STEPS = List.of(
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12));

    private final double width;
    private final List<FragmentBox> fragments;
    private final List<Span> gaps;
    private final Optional<Span> requested;
    private final Optional<Span> returned;
    private final Optional<Span> aligned;
    private final List<Tick> ticks;
    private final String zoneLabel;

    private FootageMapLayout(double width, List<FragmentBox> fragments, List<Span> gaps, Optional<Span> requested,
            Optional<Span> returned, Optional<Span> aligned, List<Tick> ticks, String zoneLabel) {
        this.width = width;
        this.fragments = List.copyOf(fragments);
        this.gaps = List.copyOf(gaps);
        this.requested = requested;
        this.returned = returned;
        this.aligned = aligned;
        this.ticks = List.copyOf(ticks);
        this.zoneLabel = zoneLabel;
    }

    static FootageMapLayout empty(double width) {
        return new FootageMapLayout(width, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), "");
    }

    static FootageMapLayout of(FootageMap map, double width) {
        TimeRange window = map.window();
        if (width <= 0 || window.duration().isZero()) {
            return empty(Math.max(width, 0));
        }
        double windowMillis = window.duration().toMillis();
        Scale scale = instant -> Duration.between(window.start(), instant).toMillis() * width / windowMillis;

        List<Fragment> sorted = map.fragments().stream().sorted(Fragment.BY_PRODUCER_TIME).toList();
        Duration frameGap = ClipPlanner.typicalFrameGap(sorted);
        List<FragmentBox> boxes = new ArrayList<>();
        List<Span> gaps = new ArrayList<>();
        Instant covered = window.start();
        for (int i = 0; i < sorted.size(); i++) {
            Fragment fragment = sorted.get(i);
            // The last frame shows until the next would come: one frame past the fragment's length.
            Instant end = fragment.producerTime().plus(fragment.length()).plus(frameGap);
            if (i + 1 < sorted.size() && end.isAfter(sorted.get(i + 1).producerTime())) {
                end = sorted.get(i + 1).producerTime();
            }
            if (fragment.producerTime().isAfter(covered.plus(LONGEST_FRAME_GAP))) {
                gaps.add(clip(scale.x(covered), scale.x(min(fragment.producerTime(), window.end())), width));
            }
            if (end.isAfter(covered)) {
                covered = end;
            }
            if (end.isAfter(window.start()) && fragment.producerTime().isBefore(window.end())) {
                boxes.add(new FragmentBox(fragment, clip(scale.x(fragment.producerTime()), scale.x(end), width),
                        map.isReturned(fragment), map.isSelected(fragment)));
            }
        }
        if (window.end().isAfter(covered.plus(LONGEST_FRAME_GAP))) {
            gaps.add(clip(scale.x(covered), width, width));
        }
        gaps.removeIf(gap -> gap.width() <= 0);
        return new FootageMapLayout(width, boxes, gaps,
                Optional.of(map.requested()).map(range -> span(range, scale, width)),
                map.predictedReturned().map(range -> span(range, scale, width)),
                map.aligned().map(range -> span(range, scale, width)),
                ticks(map, width, scale), new TimeDisplay(map.zone()).zoneName(window.start()));
    }

    /** The fragment drawn under {@code x}, or the nearest one within {@link #HIT_SLOP} pixels. */
    Optional<Fragment> fragmentAt(double x) {
        for (FragmentBox box : fragments) {
            if (x >= box.span().x0() && x < box.span().x1()) {
                return Optional.of(box.fragment());
            }
        }
        return fragments.stream()
                .filter(box -> distance(box.span(), x) <= HIT_SLOP)
                .min(Comparator.comparingDouble(box -> distance(box.span(), x)))
                .map(FragmentBox::fragment);
    }

    double width() {
        return width;
    }

    List<FragmentBox> fragments() {
        return fragments;
    }

    /** Stretches of the window without footage. */
    List<Span> gaps() {
        return gaps;
    }

    Optional<Span> requested() {
        return requested;
    }

    /** What GetClip will return: first returned fragment's start to its last frame. */
    Optional<Span> returned() {
        return returned;
    }

    Optional<Span> aligned() {
        return aligned;
    }

    /** Axis ticks at round local times of the map's zone. */
    List<Tick> ticks() {
        return ticks;
    }

    /** "JST". */
    String zoneLabel() {
        return zoneLabel;
    }

    @FunctionalInterface
    private interface Scale {
        double x(Instant instant);
    }

    private static List<Tick> ticks(FootageMap map, double width, Scale scale) {
        TimeRange window = map.window();
        double pixelsPerMilli = width / window.duration().toMillis();
        Duration step = TICK_STEPS.stream()
                .filter(candidate -> candidate.toMillis() * pixelsPerMilli >= MIN_TICK_SPACING)
                .findFirst().orElse(TICK_STEPS.get(TICK_STEPS.size() - 1));
        DateTimeFormatter format = DateTimeFormatter.ofPattern(step.toMinutes() > 0 ? "HH:mm" : "HH:mm:ss", Locale.ROOT)
                .withZone(map.zone());
        // Ticks count from the local midnight, so they fall on round times of the zone.
        Instant midnight = window.start().atZone(map.zone()).toLocalDate().atStartOfDay(map.zone()).toInstant();
        long first = Math.floorDiv(Duration.between(midnight, window.start()).toMillis() + step.toMillis() - 1, step.toMillis());
        List<Tick> ticks = new ArrayList<>();
        for (Instant at = midnight.plus(step.multipliedBy(first)); !at.isAfter(window.end()); at = at.plus(step)) {
            ticks.add(new Tick(scale.x(at), format.format(at)));
        }
        return ticks;
    }

    private static Span span(TimeRange range, Scale scale, double width) {
        return clip(scale.x(range.start()), scale.x(range.end()), width);
    }

    private static Span clip(double x0, double x1, double width) {
        return new Span(Math.max(0, Math.min(width, x0)), Math.max(0, Math.min(width, x1)));
    }

    private static double distance(Span span, double x) {
        return x < span.x0() ? span.x0() - x : x >= span.x1() ? x - span.x1() : 0;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
