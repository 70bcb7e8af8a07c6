package io.github.kvsviewer.clip;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each decoded frame its producer time. The MP4 of a GetClip call starts
 * its timeline at 0, so absolute time comes from the listed fragments: each
 * frame is anchored to the fragment it belongs to, {@code exact = producerStart
 * (fragment) + (pts - pts of the fragment's first frame)}. Frames are assigned to
 * fragments by keyframe when each fragment starts with one (as KVS fragments
 * do), and by time from the first fragment otherwise. Never from the requested
 * range.
 */
public final class FrameTimes {

    /** The frames decoded from one GetClip call and the fragments that call returned. */
    public record PartFrames(List<Fragment> fragments, List<FramePts> frames) {
        public PartFrames {
            fragments = List.copyOf(fragments);
            frames = List.copyOf(frames);
        }
    }

    private record Anchored(Instant exact, String fragmentNumber, boolean startsFragment) {
    }

    private FrameTimes() {
    }

    public static ClipTimeline compute(List<PartFrames> parts) {
        List<Anchored> anchored = new ArrayList<>();
        for (PartFrames part : parts) {
            anchored.addAll(anchor(part));
        }
        if (anchored.isEmpty()) {
            throw new IllegalArgumentException("a clip without frames has no timeline");
        }
        Duration frameDuration = typicalFrameDuration(anchored);
        Instant start = anchored.get(0).exact();
        Instant end = round(anchored.get(anchored.size() - 1).exact().plus(frameDuration));
        TimeRange returned = new TimeRange(start, end);
        long spanNanos = returned.duration().toNanos();
        int n = anchored.size();
        List<FrameTime> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // The classic formula, over the returned range: start + duration * i / n.
            Instant interpolated = round(start.plusNanos(Math.round((double) spanNanos * i / n)));
            frames.add(new FrameTime(i, anchored.get(i).exact(), interpolated, anchored.get(i).fragmentNumber()));
        }
        return new ClipTimeline(frames, returned, frameDuration);
    }

    private static List<Anchored> anchor(PartFrames part) {
        List<Fragment> fragments = part.fragments();
        List<FramePts> frames = part.frames();
        List<Anchored> out = new ArrayList<>(frames.size());
        if (frames.isEmpty() || fragments.isEmpty()) {
            return out;
        }
        long keyframes = frames.stream().filter(FramePts::keyframe).count();
        boolean byKeyframe = keyframes == fragments.size() && frames.get(0).keyframe();
        long firstPts = frames.get(0).ptsMicros();
        int fragment = -1;
        long fragmentFirstPts = firstPts;
        for (FramePts frame : frames) {
            int next = byKeyframe
                    ? (frame.keyframe() ? fragment + 1 : fragment)
                    : fragmentByTime(fragments, fragments.get(0).producerTime().plus(micros(frame.ptsMicros() - firstPts)), fragment);
            boolean starts = next != fragment;
            if (starts) {
                fragment = next;
                fragmentFirstPts = frame.ptsMicros();
            }
            Fragment f = fragments.get(fragment);
            out.add(new Anchored(round(f.producerTime().plus(micros(frame.ptsMicros() - fragmentFirstPts))),
                    f.number(), starts));
        }
        return out;
    }

    /** The last fragment starting at or before {@code time} (half a millisecond of slack for rounding). */
    private static int fragmentByTime(List<Fragment> fragments, Instant time, int current) {
        int found = Math.max(current, 0);
        for (int k = found; k < fragments.size(); k++) {
            if (!fragments.get(k).producerTime().isAfter(time.plusNanos(500_000))) {
                found = k;
            } else {
                break;
            }
        }
        return found;
    }

    /** The mean distance between consecutive frames of the same fragment. */
    private static Duration typicalFrameDuration(List<Anchored> frames) {
        List<Long> deltas = new ArrayList<>();
        for (int i = 1; i < frames.size(); i++) {
            if (!frames.get(i).startsFragment()) {
                deltas.add(Duration.between(frames.get(i - 1).exact(), frames.get(i).exact()).toNanos());
            }
        }
        if (deltas.isEmpty()) {
            return Duration.ZERO;
        }
        // Mean spacing, not the median: with millisecond timestamps 15 fps alternates 67/66/67 ms.
        long sum = 0;
        for (long delta : deltas) {
            sum += delta;
        }
        return Duration.ofNanos(sum / deltas.size());
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(micros * 1000);
    }

    /** Producer times are milliseconds; PTS in microseconds can carry rounding noise below that. */
    private static Instant round(Instant instant) {
        return Instant.ofEpochMilli(Math.round(instant.toEpochMilli() + (instant.getNano() % 1_000_000) / 1e6));
    }
}
