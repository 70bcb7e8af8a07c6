package io.github.kvsviewer.local;

import java.util.List;

/**
 * The media of one fragment: the codec private data (an avcC record) and the
 * access units in decode order, the first one a keyframe.
 */
public record FragmentMedia(int width, int height, byte[] codecPrivateData, List<AccessUnit> units) {

    public FragmentMedia {
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a fragment needs at least one access unit");
        }
        if (!units.get(0).keyframe()) {
            throw new IllegalArgumentException("a fragment must start with a keyframe");
        }
        if (units.get(0).offsetMillis() != 0) {
            throw new IllegalArgumentException("a fragment's first access unit is at offset 0");
        }
    }

    /** As KVS reports it: from the first to the last frame's timestamp. */
    public int lengthMillis() {
        return units.get(units.size() - 1).offsetMillis();
    }

    public long payloadBytes() {
        long total = 0;
        for (AccessUnit unit : units) {
            total += unit.data().length;
        }
        return total;
    }
}
