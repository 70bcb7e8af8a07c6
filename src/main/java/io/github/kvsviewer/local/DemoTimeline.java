package io.github.kvsviewer.local;

import io.github.kvsviewer.archive.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which frames a demo stream has and how they group into fragments, computed from
 * its spec alone so that every run yields the same archive.
 *
 * <ul>
 * <li>Frame i is captured at {@code start + round(i * 1000 / fps)} ms (whole
 *     milliseconds: the time-code strip carries exactly this value), for every i
 *     whose time is before {@code start + duration}.</li>
 * <li>No frame is captured inside a gap; a gap covers [gap start, gap end), so
 *     footage resumes with the first frame at or after its end.</li>
 * <li>A fragment is the frames of one fragment-length slot counted from the start;
 *     its producer start is its first frame's time. Slots with no frame (inside a
 *     gap) make no fragment.</li>
 * <li>The server received each fragment a little later: 300 ms plus a fixed
 *     per-fragment jitter under 120 ms.</li>
 * </ul>
 */
final class DemoTimeline {

    private static final int SERVER_DELAY_MILLIS = 300;
    private static final int SERVER_JITTER_MILLIS = 120;

    /** One captured frame: its number in the stream (counting through gaps) and its producer time. */
    record PlannedFrame(long number, Instant time) {
    }

    /** One fragment to generate: its frames, producer start (the first frame's time) and server time. */
    record PlannedFragment(long slot, Instant producerStart, Instant serverStart, List<PlannedFrame> frames) {
        PlannedFragment {
            frames = List.copyOf(frames);
        }

        /** From the first to the last frame, as KVS reports a fragment's length. */
        Duration length() {
            return Duration.between(producerStart, frames.get(frames.size() - 1).time());
        }

        int offsetMillis(PlannedFrame frame) {
            return Math.toIntExact(Duration.between(producerStart, frame.time()).toMillis());
        }
    }

    private DemoTimeline() {
    }

    static List<PlannedFragment> plan(DemoStreamSpec spec) {
        if (spec.framesPerSecond() <= 0 || spec.fragmentLength().toMillis() <= 0) {
            throw new IllegalArgumentException("frame rate and fragment length must be positive: " + spec);
        }
        if (spec.width() % 2 != 0 || spec.height() % 2 != 0 || spec.width() < TimeCodeStrip.BITS) {
            throw new IllegalArgumentException("the picture must have an even size, at least 48 pixels wide: " + spec);
        }
        long durationMs = spec.duration().toMillis();
        long slotMs = spec.fragmentLength().toMillis();
        List<PlannedFragment> fragments = new ArrayList<>();
        List<PlannedFrame> current = new ArrayList<>();
        long currentSlot = -1;
        for (long i = 0; ; i++) {
            long offset = Math.round(i * 1000.0 / spec.framesPerSecond());
            if (offset >= durationMs) {
                break;
            }
            Instant time = spec.start().plusMillis(offset);
            if (inGap(spec.gaps(), time)) {
                continue;
            }
            long slot = offset / slotMs;
            if (slot != currentSlot && !current.isEmpty()) {
                fragments.add(fragment(spec, currentSlot, current));
                current = new ArrayList<>();
            }
            currentSlot = slot;
            current.add(new PlannedFrame(i, time));
        }
        if (!current.isEmpty()) {
            fragments.add(fragment(spec, currentSlot, current));
        }
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("the spec yields no frame: " + spec);
        }
        return List.copyOf(fragments);
    }

    static long frameCount(List<PlannedFragment> plan) {
        return plan.stream().mapToLong(f -> f.frames().size()).sum();
    }

    private static PlannedFragment fragment(DemoStreamSpec spec, long slot, List<PlannedFrame> frames) {
        Instant producerStart = frames.get(0).time();
        long jitter = Math.floorMod(DemoFramePainter.mix(spec.name().hashCode() * 100_003L + slot), SERVER_JITTER_MILLIS);
        return new PlannedFragment(slot, producerStart, producerStart.plusMillis(SERVER_DELAY_MILLIS + jitter), frames);
    }

    private static boolean inGap(List<TimeRange> gaps, Instant time) {
        for (TimeRange gap : gaps) {
            if (!time.isBefore(gap.start()) && time.isBefore(gap.end())) {
                return true;
            }
        }
        return false;
    }
}
