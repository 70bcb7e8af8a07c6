package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipPlan;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the footage map draws, in time: the span it shows, the fragments listed
 * there, which of them GetClip will return, the requested range, the range the
 * clip will really cover, the aligned request, and the fragment picked by a click.
 *
 * @param window the span of time the map shows; everything inside it has been listed
 * @param fragments fragments listed around the request, sorted by producer time
 * @param returned numbers of the fragments the clip will hold
 */
public record FootageMap(
        TimeRange window,
        ZoneId zone,
        List<Fragment> fragments,
        Set<String> returned,
        TimeRange requested,
        Optional<TimeRange> predictedReturned,
        Optional<TimeRange> aligned,
        Optional<Fragment> selected) {

    public FootageMap {
        fragments = List.copyOf(fragments);
        returned = Set.copyOf(returned);
    }

    static FootageMap of(ClipPlan plan, TimeRange window, ZoneId zone, Optional<Fragment> selected) {
        return new FootageMap(window, zone, plan.around(),
                plan.returned().stream().map(Fragment::number).collect(Collectors.toSet()),
                plan.requested(), plan.predictedReturned(), plan.aligned(), selected);
    }

    public boolean isReturned(Fragment fragment) {
        return returned.contains(fragment.number());
    }

    public boolean isSelected(Fragment fragment) {
        return selected.map(s -> s.number().equals(fragment.number())).orElse(false);
    }
}
