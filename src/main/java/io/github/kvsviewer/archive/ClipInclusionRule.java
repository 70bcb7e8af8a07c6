package io.github.kvsviewer.archive;

import java.util.List;

/**
 * Which fragments GetClip (and ListFragments) return for a range: those whose
 * start lies inside it, both ends inclusive. A fragment that began before the
 * range start is left out even though it covers it, which is why a clip can
 * start later than asked and end later than asked.
 */
public final class ClipInclusionRule {

    /** GetClip packages at most this many fragments and silently drops the rest. */
    public static final int MAX_CLIP_FRAGMENTS = 200;
    /** ... and at most this many bytes of media. */
    public static final long MAX_CLIP_BYTES = 100L * 1024 * 1024;

    private ClipInclusionRule() {
    }

    public static boolean includes(Fragment fragment, TimeRange range, TimestampKind kind) {
        return range.contains(fragment.start(kind));
    }

    /** The fragments in range, sorted by start time. */
    public static List<Fragment> select(List<Fragment> fragments, TimeRange range, TimestampKind kind) {
        return fragments.stream()
                .filter(f -> includes(f, range, kind))
                .sorted(java.util.Comparator.comparing((Fragment f) -> f.start(kind)).thenComparing(Fragment::number))
                .toList();
    }

    /**
     * What one GetClip call really packages from the selected fragments: the
     * first 200, and no more than 100 MB of media. Whatever is left is dropped
     * without an error.
     */
    public static List<Fragment> clipLimit(List<Fragment> selectedInOrder) {
        long bytes = 0;
        int end = 0;
        for (Fragment fragment : selectedInOrder) {
            if (end == MAX_CLIP_FRAGMENTS || bytes + fragment.sizeBytes() > MAX_CLIP_BYTES) {
                break;
            }
            bytes += fragment.sizeBytes();
            end++;
        }
        return List.copyOf(selectedInOrder.subList(0, end));
    }
}
