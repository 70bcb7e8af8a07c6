package io.github.kvsviewer.decode;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.LongAdder;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * One part's display decoder on a thread of its own, a few frames ahead of the
 * frame last asked for: while the caller converts frame i to BGRA, frame i + 1 is
 * being decoded, so showing frames in order costs the slower of the two steps, not
 * their sum (1080p on 2 cores: about 430 frames/s against 170 converting in line;
 * ffmpeg's command line gave 360). A frame that is not next in line drops what was
 * decoded ahead; the decoder thread then seeks.
 *
 * <p>Frames are handed over as new references to the decoder's pictures (no copy),
 * which the caller frees with {@link #release}. One caller at a time (the display
 * path's lock); the {@link FrameReader} belongs to the decoder thread.
 */
final class DecodeAhead implements AutoCloseable {

    private final FrameReader reader;
    private final int frameCount;
    private final int depth;
    private final LongAdder seeks;
    private final Thread thread;

    private final Object lock = new Object();
    private final ArrayDeque<Decoded> ready = new ArrayDeque<>(); // in frame order
    /** The frame the decoder thread reads next; -1: nothing to do. */
    private int next = -1;
    /** Bumped on every jump: a frame decoded for an older one is dropped. */
    private long generation;
    private int wanted = -1;
    private RuntimeException failure;
    private boolean closed;

    private record Decoded(int frame, AVFrame picture) {
    }

    /**
     * @param reader started; this takes it over, and closes it
     * @param depth frames decoded ahead of the one asked for (each holds a decoded picture)
     * @param seeks counts the seeks the decoder makes
     */
    DecodeAhead(FrameReader reader, int frameCount, int depth, LongAdder seeks) {
        this.reader = reader;
        this.frameCount = frameCount;
        this.depth = depth;
        this.seeks = seeks;
        this.thread = new Thread(this::decodeLoop, "display-decoder");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The decoder's picture of {@code frame} (part-local index), exactly that frame;
     * free it with {@link #release} once converted.
     *
     * @throws io.github.kvsviewer.archive.ArchiveException as {@link FrameReader#read} does
     */
    AVFrame take(int frame) {
        synchronized (lock) {
            boolean inLine = next >= 0 && frame >= firstInLine() && frame <= next + depth;
            if (!inLine) {
                jumpTo(frame);
            }
            wanted = frame;
            failure = null;
            try {
                while (true) {
                    dropWhile(frame);
                    if (!ready.isEmpty() && ready.peekFirst().frame() > frame) {
                        jumpTo(frame); // not decoded in line after all: decode it afresh
                    }
                    if (!ready.isEmpty()) {
                        lock.notifyAll(); // room ahead again
                        return ready.pollFirst().picture();
                    }
                    if (failure != null) {
                        throw failure;
                    }
                    if (closed) {
                        throw new IllegalStateException("the decoder is closed");
                    }
                    lock.notifyAll();
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for frame " + frame, e);
            } finally {
                wanted = -1;
            }
        }
    }

    static void release(AVFrame picture) {
        avutil.av_frame_free(picture);
    }

    /** Drops everything decoded ahead; the decoder thread seeks to {@code frame} next. */
    private void jumpTo(int frame) {
        generation++;
        dropWhile(Integer.MAX_VALUE);
        next = frame;
    }

    private int firstInLine() {
        return ready.isEmpty() ? next : ready.peekFirst().frame();
    }

    /** Frees the frames decoded ahead that come before {@code frame}. */
    private void dropWhile(int frame) {
        while (!ready.isEmpty() && ready.peekFirst().frame() < frame) {
            release(ready.pollFirst().picture());
        }
    }

    private void decodeLoop() {
        while (true) {
            int frame;
            long forGeneration;
            synchronized (lock) {
                try {
                    while (!closed && (next < 0 || next >= frameCount || ready.size() > depth)) {
                        lock.wait();
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (closed) {
                    return;
                }
                frame = next;
                forGeneration = generation;
            }
            AVFrame picture = null;
            RuntimeException error = null;
            try {
                if (!reader.reachableWithoutSeek(frame)) {
                    seeks.increment();
                }
                picture = avutil.av_frame_clone((AVFrame) reader.read(frame).opaque);
            } catch (RuntimeException e) {
                error = e;
            }
            synchronized (lock) {
                if (forGeneration != generation) {
                    if (picture != null) {
                        release(picture);
                    }
                } else if (error != null) {
                    if (frame == wanted) {
                        failure = error;
                    }
                    // A frame read ahead failed: stop there (a request for it decodes it afresh), or go on
                    // to the one asked for, which the reader reaches by a seek.
                    next = wanted > frame ? wanted : -1;
                } else {
                    ready.addLast(new Decoded(frame, picture));
                    next = frame + 1;
                }
                lock.notifyAll();
            }
        }
    }

    /** Waits for the frame being decoded, then frees the decoder and every picture held. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            dropWhile(Integer.MAX_VALUE);
        }
        reader.close();
    }
}
