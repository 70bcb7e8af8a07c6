package io.github.kvsviewer.clip;

import io.github.kvsviewer.archive.TimeRange;
import java.time.Duration;
import java.util.List;

/**
 * The producer times of every frame of a loaded clip, and the range the clip
 * really covers: from its first frame to its last frame plus one frame.
 */
public record ClipTimeline(List<FrameTime> frames, TimeRange returned, Duration frameDuration) {

    public ClipTimeline {
        frames = List.copyOf(frames);
    }

    public int frameCount() {
        return frames.size();
    }

    public FrameTime frame(int index) {
        return frames.get(index);
    }

    /** The last frame whose exact time is at or before {@code instant} (0 when none is). */
    public int indexAt(java.time.Instant instant) {
        int low = 0;
        int high = frames.size() - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (frames.get(mid).exact().isAfter(instant)) {
                high = mid - 1;
            } else {
                found = mid;
                low = mid + 1;
            }
        }
        return found;
    }
}
