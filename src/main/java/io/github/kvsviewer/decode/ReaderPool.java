package io.github.kvsviewer.decode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The open readers of one decoding path, at most one per part and at most
 * {@code maxOpen} in all: each holds a decoder with its own frame buffers, so a
 * clip of many parts keeps only the parts in use open. The least recently used
 * is closed first. Not thread-safe: used under its path's lock.
 */
final class ReaderPool implements AutoCloseable {

    private final int maxOpen;
    private final LinkedHashMap<Integer, FrameReader> open = new LinkedHashMap<>(8, 0.75f, true);

    ReaderPool(int maxOpen) {
        if (maxOpen < 1) {
            throw new IllegalArgumentException("a pool needs room for one reader");
        }
        this.maxOpen = maxOpen;
    }

    /** The part's reader, opened with {@code opener} when it is not open. */
    FrameReader reader(int part, IntFunction<FrameReader> opener) {
        FrameReader reader = open.get(part);
        if (reader == null) {
            makeRoom();
            reader = opener.apply(part);
            open.put(part, reader);
        }
        return reader;
    }

    /** Takes over an already open reader for the part (closed at once when the pool has one). */
    void adopt(int part, FrameReader reader) {
        if (open.containsKey(part)) {
            reader.close();
            return;
        }
        makeRoom();
        open.put(part, reader);
    }

    int openCount() {
        return open.size();
    }

    private void makeRoom() {
        Iterator<Map.Entry<Integer, FrameReader>> eldest = open.entrySet().iterator();
        while (open.size() >= maxOpen && eldest.hasNext()) {
            eldest.next().getValue().close();
            eldest.remove();
        }
    }

    @Override
    public void close() {
        for (FrameReader reader : open.values()) {
            reader.close();
        }
        open.clear();
    }
}
