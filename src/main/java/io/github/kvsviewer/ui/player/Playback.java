package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.clip.ClipTimeline;
import java.time.Duration;
import java.time.Instant;

/**
 * Real-speed playback by producer time: the frame due at a pulse is the last one
 * whose exact time is at or before the playback start's frame time plus the time
 * elapsed since the first pulse. A pulse that comes late lands on a later frame,
 * so frames the decoder could not keep up with are skipped, never slowed down.
 *
 * <p>Gaps are not waited out: when two neighbouring frames are more than a second
 * (and more than two frame durations) apart, the frame after the gap is due one
 * frame duration after the frame before it, and the clock goes on from there. A
 * ten-minute outage thus plays as a visible jump in the producer time shown, not
 * as ten minutes of a frozen picture.
 */
final class Playback {

    static final Duration MIN_GAP = Duration.ofSeconds(1);
    private static final Duration FALLBACK_STEP = Duration.ofMillis(100);

    private final ClipTimeline timeline;
    private final Duration step;
    private final Duration gap;
    private Instant anchorTime;
    private long anchorNanos = Long.MIN_VALUE;

    /** Plays from frame {@code from}; the clock starts at the first pulse. */
    Playback(ClipTimeline timeline, int from) {
        this.timeline = timeline;
        this.step = timeline.frameDuration().isZero() ? FALLBACK_STEP : timeline.frameDuration();
        Duration twoFrames = step.multipliedBy(2);
        this.gap = twoFrames.compareTo(MIN_GAP) > 0 ? twoFrames : MIN_GAP;
        this.anchorTime = timeline.frame(from).exact();
    }

    /** The frame due at {@code nanos} (monotonic, as the ticker gives it). */
    int frameAt(long nanos) {
        if (anchorNanos == Long.MIN_VALUE) {
            anchorNanos = nanos;
        }
        int last = timeline.frameCount() - 1;
        while (true) {
            Instant due = anchorTime.plusNanos(nanos - anchorNanos);
            int target = timeline.indexAt(due);
            if (target >= last || !isGapAfter(target)) {
                return target;
            }
            Instant afterGapDue = timeline.frame(target).exact().plus(step);
            if (due.isBefore(afterGapDue)) {
                return target;
            }
            // Jump the gap: the next frame is due at afterGapDue on the old clock.
            anchorNanos += Duration.between(anchorTime, afterGapDue).toNanos();
            anchorTime = timeline.frame(target + 1).exact();
        }
    }

    boolean isGapAfter(int index) {
        return Duration.between(timeline.frame(index).exact(), timeline.frame(index + 1).exact()).compareTo(gap) > 0;
    }
}
