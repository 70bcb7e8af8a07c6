package io.github.kvsviewer.clip;

import io.github.kvsviewer.archive.ClipInclusionRule;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Predicts what GetClip returns for a range and plans the calls that fetch all
 * of it. GetClip takes whole fragments whose start lies in the range (both ends
 * inclusive) and silently stops after 200 fragments or 100 MB, so a long range
 * becomes several consecutive calls whose ranges meet without overlap: no
 * fragment is lost or fetched twice.
 */
public final class ClipPlanner {

    /** How far before the requested start to list fragments, to find the one that covers the start. */
    public static final Duration LOOKBACK = Duration.ofSeconds(30);

    private final int maxFragments;
    private final long maxBytes;

    public ClipPlanner() {
        this(ClipInclusionRule.MAX_CLIP_FRAGMENTS, ClipInclusionRule.MAX_CLIP_BYTES);
    }

    ClipPlanner(int maxFragments, long maxBytes) {
        this.maxFragments = maxFragments;
        this.maxBytes = maxBytes;
    }

    /** The range to list so that {@link #plan} can see the fragment covering the requested start. */
    public static TimeRange listingRange(TimeRange requested) {
        return new TimeRange(requested.start().minus(LOOKBACK), requested.end());
    }

    /** @param around the fragments listed for {@link #listingRange}, in any order */
    public ClipPlan plan(TimeRange requested, List<Fragment> around) {
        List<Fragment> sorted = around.stream().sorted(Fragment.BY_PRODUCER_TIME).toList();
        List<Fragment> returned = ClipInclusionRule.select(sorted, requested, TimestampKind.PRODUCER);
        Duration frameGap = typicalFrameGap(sorted);
        Optional<TimeRange> predicted = returned.isEmpty() ? Optional.empty()
                : Optional.of(new TimeRange(returned.get(0).producerTime(), endOf(returned.get(returned.size() - 1), frameGap)));
        return new ClipPlan(requested, sorted, returned, split(requested, returned), predicted, aligned(requested, sorted, frameGap));
    }

    private List<ClipPart> split(TimeRange requested, List<Fragment> returned) {
        List<List<Fragment>> groups = new ArrayList<>();
        List<Fragment> current = new ArrayList<>();
        long bytes = 0;
        for (Fragment fragment : returned) {
            if (!current.isEmpty() && (current.size() == maxFragments || bytes + fragment.sizeBytes() > maxBytes)) {
                groups.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(fragment);
            bytes += fragment.sizeBytes();
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        // The first call keeps the requested start and the last the requested end (KVS wants end > start,
        // which a single fragment's start alone would not give); between calls the range stops one
        // millisecond before the next call's first fragment, so no fragment is fetched twice.
        List<ClipPart> parts = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            Instant start = i == 0 ? requested.start() : groups.get(i).get(0).producerTime();
            Instant end = i == groups.size() - 1 ? requested.end()
                    : groups.get(i + 1).get(0).producerTime().minusMillis(1);
            parts.add(new ClipPart(new TimeRange(start, end), groups.get(i)));
        }
        return parts;
    }

    /** The request moved back to the start of the fragment whose footage covers the requested start. */
    private static Optional<TimeRange> aligned(TimeRange requested, List<Fragment> sorted, Duration frameGap) {
        Instant start = requested.start();
        return sorted.stream()
                .filter(f -> f.producerTime().isBefore(start) && endOf(f, frameGap).isAfter(start))
                .reduce((first, second) -> second)
                .map(f -> new TimeRange(f.producerTime(), requested.end()));
    }

    /**
     * A fragment's length runs from its first to its last frame, so its footage
     * ends one frame later. The frame spacing is read off the listing: the usual
     * distance from one fragment's last frame to the next fragment's start.
     */
    private static Instant endOf(Fragment fragment, Duration frameGap) {
        return fragment.producerTime().plus(fragment.length()).plus(frameGap);
    }

    /** The usual distance from one fragment's last frame to the next fragment's start: the frame spacing. */
    public static Duration typicalFrameGap(List<Fragment> sorted) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Fragment previous = sorted.get(i - 1);
            long gap = Duration.between(previous.producerTime().plus(previous.length()), sorted.get(i).producerTime()).toMillis();
            // Outages are far longer than one frame; a frame is at most a second apart.
            if (gap > 0 && gap <= 1000) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return Duration.ZERO;
        }
        gaps.sort(null);
        return Duration.ofMillis(gaps.get(gaps.size() / 2));
    }
}
