package io.github.kvsviewer.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Which frames of a clip to export, by frame index (0-based, in the clip's
 * order). Checked against the clip's frame count by {@link #resolve}, which
 * always answers in ascending order: the decoder's fast path is forward.
 */
public sealed interface FrameSelection {

    /** Every frame of the clip. */
    static FrameSelection all() {
        return new All();
    }

    /** Frames 0, n, 2n, ... */
    static FrameSelection everyNth(int step) {
        return new EveryNth(step, 0);
    }

    /** Frames first, first + n, first + 2n, ... */
    static FrameSelection everyNth(int step, int first) {
        return new EveryNth(step, first);
    }

    /** These frames; order and repeats do not matter. */
    static FrameSelection indices(Collection<Integer> indices) {
        return new Indices(List.copyOf(indices));
    }

    static FrameSelection indices(int... indices) {
        List<Integer> list = new ArrayList<>(indices.length);
        for (int index : indices) {
            list.add(index);
        }
        return new Indices(list);
    }

    /**
     * The selected indices for a clip of {@code frameCount} frames, ascending and
     * without repeats.
     *
     * @throws IllegalArgumentException when the clip has no frames or a selected
     *     frame is not in it, with a message for the user
     */
    List<Integer> resolve(int frameCount);

    record All() implements FrameSelection {
        @Override
        public List<Integer> resolve(int frameCount) {
            requireFrames(frameCount);
            List<Integer> all = new ArrayList<>(frameCount);
            for (int i = 0; i < frameCount; i++) {
                all.add(i);
            }
            return all;
        }
    }

    record EveryNth(int step, int first) implements FrameSelection {
        public EveryNth {
            if (step < 1) {
                throw new IllegalArgumentException("every n-th frame needs n of at least 1, not " + step);
            }
            if (first < 0) {
                throw new IllegalArgumentException("frame numbers start at 0, not " + first);
            }
        }

        @Override
        public List<Integer> resolve(int frameCount) {
            requireFrames(frameCount);
            requireInClip(first, frameCount);
            List<Integer> picked = new ArrayList<>();
            for (long i = first; i < frameCount; i += step) { // long: no overflow for a huge step
                picked.add((int) i);
            }
            return picked;
        }
    }

    record Indices(List<Integer> indices) implements FrameSelection {
        public Indices {
            indices = List.copyOf(indices); // also rejects null elements
            if (indices.isEmpty()) {
                throw new IllegalArgumentException("no frame is selected");
            }
            for (int index : indices) {
                if (index < 0) {
                    throw new IllegalArgumentException("frame numbers start at 0, not " + index);
                }
            }
        }

        @Override
        public List<Integer> resolve(int frameCount) {
            requireFrames(frameCount);
            TreeSet<Integer> sorted = new TreeSet<>(indices);
            requireInClip(sorted.last(), frameCount);
            return List.copyOf(sorted);
        }
    }

    private static void requireFrames(int frameCount) {
        if (frameCount < 1) {
            throw new IllegalArgumentException("the clip has no frames to export");
        }
    }

    private static void requireInClip(int index, int frameCount) {
        if (index >= frameCount) {
            throw new IllegalArgumentException("frame " + index + " is not in the clip: it has " + frameCount
                    + (frameCount == 1 ? " frame (0)" : " frames (0 to " + (frameCount - 1) + ")"));
        }
    }
}
