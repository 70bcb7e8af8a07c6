package io.github.kvsviewer.local;

import io.github.kvsviewer.local.UnitSource.TimedUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups an imported file's access units into fragments.
 *
 * <p>The rule: a fragment starts at the first unit, and a new one at each IDR
 * picture that comes at least {@link #MIN_FRAGMENT_MILLIS} after the current
 * fragment's first frame. So a camera with a keyframe every second gives 2 s
 * fragments of two GOPs, one with a keyframe every 4 s gives 4 s fragments (the
 * store cannot start a fragment anywhere else), and re-encoded video, which gets
 * an IDR picture exactly every 2 s, gives 2 s fragments like the demo cameras.
 *
 * <p>Each unit's producer time is the file's start plus its {@code millis}; those
 * must increase, so a unit on the same millisecond as the one before (over 1000
 * fps, or a muxer's rounding) is moved 1 ms later and counted.
 */
final class FragmentCutter {

    static final long MIN_FRAGMENT_MILLIS = 2000;

    private final Instant fileStart;
    private final int width;
    private final int height;
    private final List<AccessUnit> units = new ArrayList<>();
    private long fragmentStart;
    private byte[] codecPrivateData;
    private long lastMillis = Long.MIN_VALUE;
    private long moved;

    FragmentCutter(Instant fileStart, int width, int height) {
        this.fileStart = fileStart;
        this.width = width;
        this.height = height;
    }

    /** Adds the next unit; returns the fragment it closed when it starts a new one. */
    Optional<ClipSegment> add(TimedUnit unit) {
        long millis = unit.millis();
        if (lastMillis != Long.MIN_VALUE && millis <= lastMillis) {
            millis = lastMillis + 1;
            moved++;
        }
        lastMillis = millis;
        Optional<ClipSegment> closed = Optional.empty();
        boolean first = units.isEmpty() && codecPrivateData == null;
        if (first || (unit.keyframe() && millis - fragmentStart >= MIN_FRAGMENT_MILLIS)) {
            closed = finish();
            fragmentStart = millis;
            codecPrivateData = unit.codecPrivateData();
        }
        units.add(new AccessUnit(Math.toIntExact(millis - fragmentStart), unit.keyframe(), unit.data()));
        return closed;
    }

    /** The fragment in progress, if it has any unit; the cutter is then empty. */
    Optional<ClipSegment> finish() {
        if (units.isEmpty()) {
            return Optional.empty();
        }
        FragmentMedia media = new FragmentMedia(width, height, codecPrivateData, units);
        units.clear();
        return Optional.of(new ClipSegment(fileStart.plusMillis(fragmentStart), media));
    }

    /** Units moved 1 ms later to keep times increasing. */
    long moved() {
        return moved;
    }
}
