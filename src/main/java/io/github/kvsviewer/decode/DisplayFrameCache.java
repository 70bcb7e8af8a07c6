package io.github.kvsviewer.decode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decoded display frames by clip index, least recently used evicted first, never
 * holding more pixel bytes than its budget: memory stays the same whatever the
 * clip's length. A frame larger than the whole budget is simply not kept.
 *
 * <p>Frames go in with read-only pixels that nobody writes again; each one handed
 * out is a fresh view of them, so callers cannot disturb one another's buffer
 * position. Thread-safe.
 */
final class DisplayFrameCache {

    private final long budgetBytes;
    private final LinkedHashMap<Integer, DisplayFrame> frames = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    DisplayFrameCache(long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("negative budget: " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    synchronized Optional<DisplayFrame> get(int index) {
        return Optional.ofNullable(frames.get(index)).map(DisplayFrameCache::view);
    }

    synchronized boolean contains(int index) {
        return frames.containsKey(index);
    }

    /** Keeps the frame (its pixels must be read-only), evicting the least recently used to make room. */
    synchronized void put(DisplayFrame frame) {
        if (!frame.bgra().isReadOnly()) {
            throw new IllegalArgumentException("cached pixels must be read-only");
        }
        long size = sizeOf(frame);
        DisplayFrame replaced = frames.remove(frame.index());
        if (replaced != null) {
            bytes -= sizeOf(replaced);
        }
        if (size > budgetBytes) {
            return;
        }
        Iterator<Map.Entry<Integer, DisplayFrame>> eldest = frames.entrySet().iterator();
        while (bytes + size > budgetBytes && eldest.hasNext()) {
            bytes -= sizeOf(eldest.next().getValue());
            eldest.remove();
        }
        frames.put(frame.index(), view(frame));
        bytes += size;
    }

    /** Pixel bytes held now; never more than {@link #budgetBytes()}. */
    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return frames.size();
    }

    long budgetBytes() {
        return budgetBytes;
    }

    synchronized void clear() {
        frames.clear();
        bytes = 0;
    }

    /** What a frame costs: its pixel buffer. */
    static long sizeOf(DisplayFrame frame) {
        return frame.bgra().capacity();
    }

    private static DisplayFrame view(DisplayFrame frame) {
        return new DisplayFrame(frame.index(), frame.width(), frame.height(), frame.stride(),
                frame.bgra().duplicate().clear());
    }
}
