package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.ClipPlanner;
import java.time.Duration;
import java.time.Instant;

/**
 * The spans of time the footage map works with, from narrow to wide: what it
 * shows around the request, what must be listed for that, and what is asked of
 * ListFragments so that sliding the range a little needs no new listing.
 */
final class MapSpans {

    /** Room shown either side of the request: a quarter of its length, at least this. */
    static final Duration MIN_PAD = Duration.ofSeconds(5);
    /** Listed beyond the shown span: covers fragments that start before it (up to the planner's look-back) and end after it. */
    static final Duration MARGIN = Duration.ofMinutes(1);
    static final Duration MIN_SLIDE_ROOM = Duration.ofMinutes(1);
    static final Duration MAX_SLIDE_ROOM = Duration.ofMinutes(10);

    private MapSpans() {
    }

    static Duration pad(TimeRange requested) {
        Duration quarter = requested.duration().dividedBy(4);
        return quarter.compareTo(MIN_PAD) > 0 ? quarter : MIN_PAD;
    }

    /** What must be listed to plan the request and draw the map around it. */
    static TimeRange listed(TimeRange requested) {
        Duration around = pad(requested).plus(MARGIN);
        return new TimeRange(requested.start().minus(around), requested.end().plus(around));
    }

    /** What to ask ListFragments for: the needed span with room to slide either side. */
    static TimeRange widened(TimeRange needed) {
        Duration room = needed.duration().dividedBy(2);
        room = room.compareTo(MIN_SLIDE_ROOM) < 0 ? MIN_SLIDE_ROOM : room.compareTo(MAX_SLIDE_ROOM) > 0 ? MAX_SLIDE_ROOM : room;
        return new TimeRange(needed.start().minus(room), needed.end().plus(room));
    }

    /**
     * What the map shows for a plan: the request, the range GetClip returns and the
     * aligned request, with room either side, kept where every fragment is known
     * (a fragment starting up to the planner's look-back before it has been listed).
     */
    static TimeRange shown(ClipPlan plan) {
        TimeRange requested = plan.requested();
        Instant start = requested.start();
        Instant end = requested.end();
        for (TimeRange other : new TimeRange[] {plan.predictedReturned().orElse(requested), plan.aligned().orElse(requested)}) {
            start = other.start().isBefore(start) ? other.start() : start;
            end = other.end().isAfter(end) ? other.end() : end;
        }
        TimeRange listed = listed(requested);
        Instant knownStart = listed.start().plus(ClipPlanner.LOOKBACK);
        Duration pad = pad(requested);
        Instant shownStart = start.minus(pad).isBefore(knownStart) ? knownStart : start.minus(pad);
        Instant shownEnd = end.plus(pad).isAfter(listed.end()) ? listed.end() : end.plus(pad);
        return new TimeRange(shownStart, shownEnd);
    }

    static boolean covers(TimeRange outer, TimeRange inner) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
    }
}
