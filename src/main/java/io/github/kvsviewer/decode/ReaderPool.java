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
 *
 * @param <R> a {@link FrameReader}, or a {@link DecodeAhead} around one
 */
final class ReaderPool<R extends AutoCloseable> implements AutoCloseable {

    private final int maxOpen;
    private final LinkedHashMap<Integer, R> open = new LinkedHashMap<>(8, 0.75f, true);

    ReaderPool(int maxOpen) {
        if (maxOpen < 1) {
            throw new IllegalArgumentException("a pool needs room for one reader");
        }
        this.maxOpen = maxOpen;
    }

    /** The part's reader, opened with {@code opener} when it is not open. */
    R reader(int part, IntFunction<R> opener) {
        R reader = open.get(part);
        if (reader == null) {
            makeRoom();
            reader = opener.apply(part);
            open.put(part, reader);
        }
        return reader;
    }

    /** Takes over an already open reader for the part (closed at once when the pool has one). */
    void adopt(int part, R reader) {
        if (open.containsKey(part)) {
            closeReader(reader);
            return;
        }
        makeRoom();
        open.put(part, reader);
    }

    int openCount() {
        return open.size();
    }

    private void makeRoom() {
        Iterator<Map.Entry<Integer, R>> eldest = open.entrySet().iterator();
        while (open.size() >= maxOpen && eldest.hasNext()) {
            closeReader(eldest.next().getValue());
            eldest.remove();
        }
    }

    @Override
    public void close() {
        for (R reader : open.values()) {
            closeReader(reader);
        }
        open.clear();
    }

    /** Readers free native memory and throw nothing; anything else is a bug to see. */
    private static void closeReader(AutoCloseable reader) {
        try {
            reader.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("closing a reader failed", e);
        }
    }
}
