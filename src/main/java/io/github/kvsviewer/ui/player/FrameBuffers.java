package io.github.kvsviewer.ui.player;

import java.nio.ByteBuffer;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The few direct buffers a {@link FramePresenter}'s decode thread writes pictures
 * into, reused frame after frame instead of a new array per frame (8 MB at 1080p).
 *
 * <p>A buffer is in one place at a time: here (free), with the decode thread (being
 * written), waiting for the FX thread, or with the FX thread (being copied into the
 * image). The decode thread holds at most one, the hand-over slot at most one and
 * the FX thread at most one, so three buffers always leave one free when the decode
 * thread takes one: it never waits and never writes a buffer someone reads.
 */
final class FrameBuffers {

    static final int COUNT = 3;

    private final int capacity;
    private final Queue<ByteBuffer> free = new ConcurrentLinkedQueue<>();
    private volatile int allocated; // written by the decode thread only

    /** @param capacity bytes of each buffer: room for the largest picture shown */
    FrameBuffers(int capacity) {
        this.capacity = capacity;
    }

    /** A buffer to write; allocated on first need, so a clip looked at once costs one. Decode thread only. */
    ByteBuffer take() {
        ByteBuffer buffer = free.poll();
        if (buffer != null) {
            return buffer;
        }
        if (allocated == COUNT) {
            throw new IllegalStateException("all " + COUNT + " frame buffers are in use"); // a hand-over bug
        }
        allocated++;
        return ByteBuffer.allocateDirect(capacity);
    }

    /** Back to the pool once nobody reads it any more; any thread. */
    void give(ByteBuffer buffer) {
        free.add(buffer);
    }

    /** Buffers allocated so far, for tests: never more than {@link #COUNT}. */
    int allocated() {
        return allocated;
    }
}
