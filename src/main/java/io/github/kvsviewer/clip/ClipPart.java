package io.github.kvsviewer.clip;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import java.util.List;

/**
 * One GetClip call of a plan: a range that selects exactly these fragments, within
 * the 200-fragment and 100 MB limits of one call.
 */
public record ClipPart(TimeRange range, List<Fragment> fragments) {

    public ClipPart {
        fragments = List.copyOf(fragments);
    }

    public long bytes() {
        return fragments.stream().mapToLong(Fragment::sizeBytes).sum();
    }
}
