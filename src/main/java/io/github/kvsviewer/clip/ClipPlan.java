package io.github.kvsviewer.clip;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a request will really bring back, worked out before anything is
 * downloaded: the fragments GetClip returns, the calls that fetch all of them,
 * the range they cover, and the range to ask for instead so the whole request
 * is covered.
 *
 * @param requested the range the user asked for
 * @param around every fragment listed around the request (for the footage map)
 * @param returned the fragments the clip will hold, in order
 * @param parts the GetClip calls, each within the service's limits
 * @param predictedReturned first returned fragment's start to its last frame plus one frame
 * @param aligned the request with its start moved back to the start of the fragment that covers it,
 *        when one does (GetClip would otherwise leave that fragment out)
 */
public record ClipPlan(
        TimeRange requested,
        List<Fragment> around,
        List<Fragment> returned,
        List<ClipPart> parts,
        Optional<TimeRange> predictedReturned,
        Optional<TimeRange> aligned) {

    public ClipPlan {
        around = List.copyOf(around);
        returned = List.copyOf(returned);
        parts = List.copyOf(parts);
    }

    public boolean isEmpty() {
        return returned.isEmpty();
    }

    public long totalBytes() {
        return returned.stream().mapToLong(Fragment::sizeBytes).sum();
    }

    public Duration predictedDuration() {
        return predictedReturned.map(TimeRange::duration).orElse(Duration.ZERO);
    }
}
