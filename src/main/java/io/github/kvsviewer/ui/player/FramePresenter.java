package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.decode.DisplayFrame;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the frames of one clip: one decode thread that always serves the latest
 * request, and one {@link WritableImage} on the FX thread that every frame is
 * copied into.
 *
 * <p>Latest wins twice. A request replaces any request the decode thread has not
 * started yet (holding Right or dragging the scrubber asks for many frames; only
 * the last one matters), and a decoded frame replaces any decoded frame the FX
 * thread has not painted yet, so the FX queue never fills with stale pictures.
 *
 * <p>The pixels handed to the FX thread are the {@link DisplayFrame}'s own: the
 * decoder copies each frame out of its reused buffer and never writes it again,
 * so nothing here can tear. The copy into the image uses the premultiplied BGRA
 * format (the fast path; the frames are opaque, so they are both) and the frame's
 * row stride. The image is replaced only when the picture size changes.
 */
public final class FramePresenter implements FrameDisplay {

    private static final Logger log = LoggerFactory.getLogger(FramePresenter.class);
    private static final long JOIN_MILLIS = 5_000;

    /** What was asked for, numbered so the FX thread knows whether the newest request is on screen. */
    private record Request(int index, long sequence) {
    }

    /** A decoded frame, or why there is none, waiting for the FX thread. */
    private record Result(Request request, DisplayFrame frame, Failure failure) {
    }

    /** Counters for benchmarks and logs; times in nanoseconds. */
    public record Stats(long requests, long superseded, long decoded, long painted, long decodeNanos,
            long maxDecodeNanos, long paintNanos, long maxPaintNanos) {
    }

    private final DecodedClip clip;
    private final int frameCount;
    private final Executor fxThread;
    private final Thread worker;
    private final AtomicReference<Request> latest = new AtomicReference<>();
    private final AtomicReference<Result> toPaint = new AtomicReference<>();
    private volatile boolean closed;

    private final ReadOnlyIntegerWrapper shownIndex = new ReadOnlyIntegerWrapper(this, "shownIndex", -1);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(this, "settled", true);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private WritableImage writable;
    private long lastSequence;

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong superseded = new AtomicLong();
    private final AtomicLong decoded = new AtomicLong();
    private final AtomicLong painted = new AtomicLong();
    private final AtomicLong decodeNanos = new AtomicLong();
    private final AtomicLong maxDecodeNanos = new AtomicLong();
    private final AtomicLong paintNanos = new AtomicLong();
    private final AtomicLong maxPaintNanos = new AtomicLong();

    /** Paints on the JavaFX application thread. */
    public FramePresenter(DecodedClip clip) {
        this(clip, Platform::runLater);
    }

    /** @param fxThread runs the painting; in the window {@code Platform::runLater} */
    FramePresenter(DecodedClip clip, Executor fxThread) {
        this.clip = Objects.requireNonNull(clip, "clip");
        this.frameCount = clip.timeline().frameCount();
        this.fxThread = fxThread;
        this.worker = new Thread(this::serve, "frame-decode");
        worker.setDaemon(true);
        worker.setUncaughtExceptionHandler((thread, e) -> log.error("The frame decode thread stopped", e));
        worker.start();
    }

    @Override
    public void show(int index) {
        Objects.checkIndex(index, frameCount);
        if (closed) {
            return;
        }
        settled.set(false);
        requests.incrementAndGet();
        if (latest.getAndSet(new Request(index, ++lastSequence)) != null) {
            superseded.incrementAndGet();
        }
        LockSupport.unpark(worker);
    }

    private void serve() {
        while (!closed) {
            Request request = latest.getAndSet(null);
            if (request == null) {
                LockSupport.park(this); // woken by show() or close(); spurious wake-ups just loop
                continue;
            }
            long started = System.nanoTime();
            Result result;
            try {
                DisplayFrame frame = clip.displayFrame(request.index());
                record(decoded, decodeNanos, maxDecodeNanos, System.nanoTime() - started);
                result = new Result(request, frame, null);
            } catch (RuntimeException e) {
                if (closed) {
                    break; // the clip was closed under a decode in progress: nothing to report
                }
                log.warn("Frame {} could not be decoded", request.index(), e);
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                result = new Result(request, null, new Failure(request.index(), reason));
            }
            if (toPaint.getAndSet(result) == null) {
                fxThread.execute(this::paint); // otherwise a paint is already queued and will take this one
            }
        }
    }

    private void paint() {
        Result result = toPaint.getAndSet(null);
        if (result == null || closed) {
            return;
        }
        if (result.frame() != null) {
            long started = System.nanoTime();
            DisplayFrame frame = result.frame();
            if (writable == null || (int) writable.getWidth() != frame.width()
                    || (int) writable.getHeight() != frame.height()) {
                writable = new WritableImage(frame.width(), frame.height());
                image.set(writable);
            }
            writable.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(),
                    PixelFormat.getByteBgraPreInstance(), frame.bgra(), frame.stride());
            record(painted, paintNanos, maxPaintNanos, System.nanoTime() - started);
            failure.set(null);
            shownIndex.set(frame.index());
        } else {
            failure.set(result.failure());
        }
        settled.set(result.request().sequence() == lastSequence);
    }

    private static void record(AtomicLong count, AtomicLong total, AtomicLong max, long nanos) {
        count.incrementAndGet();
        total.addAndGet(nanos);
        max.accumulateAndGet(nanos, Math::max);
    }

    @Override
    public ReadOnlyIntegerProperty shownIndexProperty() {
        return shownIndex.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public Stats stats() {
        return new Stats(requests.get(), superseded.get(), decoded.get(), painted.get(), decodeNanos.get(),
                maxDecodeNanos.get(), paintNanos.get(), maxPaintNanos.get());
    }

    /** Whether the decode thread still runs (it stops on {@link #close()}). */
    boolean decoding() {
        return worker.isAlive();
    }

    /**
     * Stops the decode thread, waiting for a decode in progress to finish (at most
     * one frame), and drops what was not painted yet.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LockSupport.unpark(worker);
        if (Thread.currentThread() != worker) {
            try {
                worker.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (worker.isAlive()) {
            log.warn("The frame decode thread is still busy {} ms after closing", JOIN_MILLIS);
        }
        Stats stats = stats();
        log.debug("Frame presenter closed: {}", stats);
    }
}
