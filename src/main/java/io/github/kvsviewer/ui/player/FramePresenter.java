package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.decode.DecodedClip;
import java.nio.ByteBuffer;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the frames of one clip: one decode thread that always serves the latest
 * request, and two images on the FX thread ({@link FrameImages}: the frame, and the
 * scrub preview) that every picture is copied into.
 *
 * <p>Latest wins twice. A request replaces any request the decode thread has not
 * started yet (holding Right or dragging the scrubber asks for many frames; only
 * the last one matters), and a decoded picture replaces any picture the FX thread
 * has not painted yet, so the FX queue never fills with stale pictures.
 *
 * <p>No allocation per frame: the decoder writes each picture straight into one of
 * three reused direct buffers ({@link FrameBuffers}), handed to the FX thread and
 * back; a buffer is never written while the FX thread may read it, so nothing tears.
 *
 * <p>A {@link #preview} request (a scrubber drag) is answered by the clip's preview
 * proxy when it has the frame (a small JPEG decode instead of a seek), else by the
 * frame itself; the proxy is started once the first frame is on its way, so it is
 * built by the time the user drags.
 */
public final class FramePresenter implements FrameDisplay {

    private static final Logger log = LoggerFactory.getLogger(FramePresenter.class);
    private static final long JOIN_MILLIS = 5_000;

    /** What was asked for, numbered so the FX thread knows whether the newest request is on screen. */
    private record Request(int index, boolean preview, long sequence) {

        /** The exact frame answers a preview request of it too, so it need not be asked again. */
        boolean answers(int otherIndex, boolean otherPreview) {
            return index == otherIndex && (otherPreview || !preview);
        }
    }

    /** A picture in a pool buffer (the frame, or its preview), or why there is none, waiting for the FX thread. */
    private record Result(Request request, ByteBuffer pixels, boolean preview, Failure failure) {
    }

    /** Counters for benchmarks and logs; times in nanoseconds; {@code previews} are pictures served by the proxy. */
    public record Stats(long requests, long superseded, long decoded, long previews, long painted, long decodeNanos,
            long maxDecodeNanos, long paintNanos, long maxPaintNanos) {
    }

    private final DecodedClip clip;
    private final int frameCount;
    private final Executor fxThread;
    private final Thread worker;
    private final FrameImages images;
    private final FrameBuffers buffers;
    private final AtomicReference<Request> latest = new AtomicReference<>();
    private final AtomicReference<Result> toPaint = new AtomicReference<>();
    private volatile boolean closed;

    private final ReadOnlyIntegerWrapper shownIndex = new ReadOnlyIntegerWrapper(this, "shownIndex", -1);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(this, "settled", true);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyBooleanWrapper showingPreview = new ReadOnlyBooleanWrapper(this, "showingPreview", false);
    private Request lastRequest; // FX thread
    private long lastSequence;

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong superseded = new AtomicLong();
    private final AtomicLong decoded = new AtomicLong();
    private final AtomicLong previews = new AtomicLong();
    private final AtomicLong painted = new AtomicLong();
    private final AtomicLong decodeNanos = new AtomicLong();
    private final AtomicLong maxDecodeNanos = new AtomicLong();
    private final AtomicLong paintNanos = new AtomicLong();
    private final AtomicLong maxPaintNanos = new AtomicLong();

    /** Paints on the JavaFX application thread. */
    public FramePresenter(DecodedClip clip) {
        this(clip, Platform::runLater);
    }

    /** @param fxThread runs the painting, one task at a time; in the window {@code Platform::runLater} */
    FramePresenter(DecodedClip clip, Executor fxThread) {
        this.clip = Objects.requireNonNull(clip, "clip");
        this.frameCount = clip.timeline().frameCount();
        this.fxThread = fxThread;
        this.images = new FrameImages(clip.width(), clip.height(), clip.previewWidth(), clip.previewHeight());
        this.buffers = new FrameBuffers(images.largestPictureBytes());
        this.worker = new Thread(this::serve, "frame-decode");
        worker.setDaemon(true);
        worker.setUncaughtExceptionHandler((thread, e) -> log.error("The frame decode thread stopped", e));
        worker.start();
    }

    /** The exact frame, at the clip's size. */
    @Override
    public void show(int index) {
        request(index, false);
    }

    /** The frame's scrub preview when the proxy has it, else the exact frame. */
    @Override
    public void preview(int index) {
        request(index, true);
    }

    private void request(int index, boolean preview) {
        Objects.checkIndex(index, frameCount);
        if (closed || answered(index, preview)) {
            return;
        }
        settled.set(false);
        requests.incrementAndGet();
        lastRequest = new Request(index, preview, ++lastSequence);
        if (latest.getAndSet(lastRequest) != null) {
            superseded.incrementAndGet();
        }
        LockSupport.unpark(worker);
    }

    /** Whether what is on screen or on its way already answers this (a drag ending on its last frame asks again). */
    private boolean answered(int index, boolean preview) {
        if (lastRequest != null && lastRequest.answers(index, preview)) {
            return true;
        }
        // The frame itself on screen, nothing pending: a preview the proxy did not have yet brought it.
        return settled.get() && failure.get() == null && shownIndex.get() == index && !showingPreview.get();
    }

    private void serve() {
        boolean previewsStarted = false;
        while (!closed) {
            Request request = latest.getAndSet(null);
            if (request == null) {
                LockSupport.park(this); // woken by a request or close(); spurious wake-ups just loop
                continue;
            }
            Result result = decode(request);
            if (result == null) {
                break; // the clip was closed under a decode in progress: nothing to report
            }
            Result unpainted = toPaint.getAndSet(result);
            if (unpainted == null) {
                fxThread.execute(this::paint); // otherwise a paint is already queued and will take this one
            } else if (unpainted.pixels() != null) {
                buffers.give(unpainted.pixels()); // superseded before the FX thread took it
            }
            if (!previewsStarted) {
                previewsStarted = true; // after the first frame, which should not share the cores with the proxy
                startPreviews();
            }
        }
    }

    /** The picture asked for in a pool buffer, a failure, or null when closed meanwhile. */
    private Result decode(Request request) {
        ByteBuffer pixels = buffers.take();
        try {
            if (request.preview() && clip.previewFrameInto(request.index(), pixels)) {
                previews.incrementAndGet();
                return new Result(request, pixels, true, null);
            }
            long started = System.nanoTime();
            clip.displayFrameInto(request.index(), pixels);
            record(decoded, decodeNanos, maxDecodeNanos, System.nanoTime() - started);
            return new Result(request, pixels, false, null);
        } catch (RuntimeException e) {
            buffers.give(pixels);
            if (closed) {
                return null;
            }
            log.warn("Frame {} could not be decoded", request.index(), e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Result(request, null, false, new Failure(request.index(), reason));
        }
    }

    /** Asking for a preview starts the proxy's background build, so it is ready by the time the user drags. */
    private void startPreviews() {
        if (clip.previewWidth() == 0) {
            return;
        }
        ByteBuffer pixels = buffers.take();
        try {
            clip.previewFrameInto(0, pixels);
        } catch (RuntimeException e) {
            log.debug("The preview proxy did not start", e); // scrubbing then decodes every frame: slower, still right
        } finally {
            buffers.give(pixels);
        }
    }

    private void paint() {
        Result result = toPaint.getAndSet(null);
        if (result == null || closed) {
            return;
        }
        if (result.pixels() != null) {
            long started = System.nanoTime();
            image.set(images.paint(result.pixels(), result.preview()));
            buffers.give(result.pixels()); // copied into the image: the decode thread may write it again
            record(painted, paintNanos, maxPaintNanos, System.nanoTime() - started);
            failure.set(null);
            showingPreview.set(result.preview());
            shownIndex.set(result.request().index());
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

    @Override
    public ReadOnlyBooleanProperty showingPreviewProperty() {
        return showingPreview.getReadOnlyProperty();
    }

    public Stats stats() {
        return new Stats(requests.get(), superseded.get(), decoded.get(), previews.get(), painted.get(),
                decodeNanos.get(), maxDecodeNanos.get(), paintNanos.get(), maxPaintNanos.get());
    }

    /** Pool buffers allocated so far (the decode thread's count: read it once the presenter is settled). */
    int buffersAllocated() {
        return buffers.allocated();
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
