package io.github.kvsviewer.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scrub preview of a clip: every frame downscaled and kept as a JPEG in memory
 * (an intra-only proxy, as video editors build), so any frame is one small JPEG
 * decode away instead of a seek plus up to a keyframe run of full-size decodes.
 *
 * <p>Built on its own thread, keyframe run by keyframe run, once the first
 * preview is asked for; a frame asked for before its run is built moves that run
 * to the front. Each frame stored is the one of its index: it comes out of a
 * {@link FrameReader}, which checks every decoded picture's timestamp.
 *
 * <p>Memory: a few tens of KB per frame at 480 wide, against the 8 MB of a 1080p
 * BGRA frame: the proxy of a 10-minute clip is smaller than its H.264 bytes times
 * a few.
 */
final class PreviewProxy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PreviewProxy.class);
    /** 8 keeps the demo footage's clock legible and its strip readable at 13 KB a frame (5: 17 KB). */
    private static final int QUANTISER = 8;

    private final List<ClipPart> parts;
    private final int width;
    private final int height;
    private final List<Run> runs;
    private final AtomicReferenceArray<byte[]> jpegs;
    private final AtomicInteger ready = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger wanted = new AtomicInteger(-1);
    private volatile boolean closed;
    private Thread builder; // guarded by this

    private final Object decodeLock = new Object();
    private MjpegDecoder decoder; // guarded by decodeLock

    /** A keyframe run of one part: decodable on its own, so the builder may take runs in any order. */
    private record Run(int part, int firstLocal, int endLocal, int firstIndex) {
    }

    /** @param width the proxy's width; its height keeps the clip's aspect, rounded to even */
    PreviewProxy(List<ClipPart> parts, int clipWidth, int clipHeight, int width) {
        this.parts = List.copyOf(parts);
        this.width = even(Math.min(width, clipWidth));
        this.height = even((int) Math.round((double) clipHeight * this.width / clipWidth));
        this.runs = runsOf(this.parts);
        ClipPart last = this.parts.get(this.parts.size() - 1);
        this.jpegs = new AtomicReferenceArray<>(last.firstFrame() + last.frameCount());
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /**
     * The frame's preview, or empty when the proxy has not reached it yet (its run
     * is then built next). Starts the builder on the first call.
     */
    Optional<DisplayFrame> frame(int index) {
        byte[] jpeg = jpegOrAsk(index);
        if (jpeg == null) {
            return Optional.empty();
        }
        synchronized (decodeLock) {
            return Optional.of(decoder().decode(jpeg, index));
        }
    }

    /** As {@link #frame}, into {@code target}; false (target untouched) when it is not built yet. */
    boolean frameInto(int index, ByteBuffer target) {
        if (target.isReadOnly() || target.capacity() < width * height * 4) {
            throw new IllegalArgumentException("the target must be writable and hold " + width * height * 4 + " bytes");
        }
        byte[] jpeg = jpegOrAsk(index);
        if (jpeg == null) {
            return false;
        }
        synchronized (decodeLock) {
            decoder().decodeInto(jpeg, target);
            return true;
        }
    }

    /** The frame's JPEG; null when not built, and then its run is built next. */
    private byte[] jpegOrAsk(int index) {
        byte[] jpeg = jpegs.get(index);
        if (jpeg == null) {
            wanted.set(index);
            startBuilding();
        }
        return jpeg;
    }

    /** Under {@link #decodeLock}. */
    private MjpegDecoder decoder() {
        if (closed) {
            throw new IllegalStateException("the clip is closed");
        }
        if (decoder == null) {
            decoder = new MjpegDecoder();
        }
        return decoder;
    }

    int framesReady() {
        return ready.get();
    }

    /** JPEG bytes held. */
    long bytes() {
        return bytes.get();
    }

    synchronized void startBuilding() {
        if (builder != null || closed) {
            return;
        }
        builder = new Thread(this::build, "preview-proxy");
        builder.setDaemon(true);
        builder.start();
    }

    private void build() {
        long started = System.nanoTime();
        BitSet built = new BitSet(runs.size());
        FrameReader reader = null;
        int readerPart = -1;
        try (MjpegEncoder encoder = MjpegEncoder.proxy(width, height, QUANTISER)) {
            int next = 0;
            while (!closed && built.cardinality() < runs.size()) {
                int run = choose(built, next);
                Run r = runs.get(run);
                if (r.part() != readerPart) {
                    if (reader != null) {
                        reader.close();
                    }
                    reader = open(r.part());
                    readerPart = r.part();
                }
                for (int local = r.firstLocal(); local < r.endLocal() && !closed; local++) {
                    AVFrame picture = (AVFrame) reader.read(local).opaque;
                    byte[] jpeg = encoder.encode(picture);
                    if (jpegs.compareAndSet(r.firstIndex() + local - r.firstLocal(), null, jpeg)) {
                        bytes.addAndGet(jpeg.length);
                        ready.incrementAndGet();
                    }
                }
                built.set(run);
                next = run + 1;
            }
            if (!closed) {
                log.info("Preview proxy of {} frames at {}x{} built in {} ms, {} KB", jpegs.length(), width, height,
                        (System.nanoTime() - started) / 1_000_000, bytes.get() / 1024);
            }
        } catch (RuntimeException e) {
            // Previews are a convenience: the full-size frames still work without them.
            log.warn("Building the preview proxy stopped after {} of {} frames", ready.get(), jpegs.length(), e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /** The run of the frame asked for last, when it is not built; else the next one after the last built. */
    private int choose(BitSet built, int next) {
        int asked = wanted.getAndSet(-1);
        if (asked >= 0) {
            int run = runOf(asked);
            if (!built.get(run)) {
                return run;
            }
        }
        int run = built.nextClearBit(next);
        return run < runs.size() ? run : built.nextClearBit(0);
    }

    private int runOf(int index) {
        int low = 0;
        int high = runs.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (runs.get(mid).firstIndex() <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Scaled by the grabber's swscale straight to the proxy size, in the encoder's pixel format. */
    private FrameReader open(int partNumber) {
        ClipPart part = parts.get(partNumber);
        FFmpegFrameGrabber grabber = FrameReader.start(part.mp4(), AV_PIX_FMT_YUV420P, 0, part.label());
        grabber.setImageWidth(width);
        grabber.setImageHeight(height);
        grabber.setImageScalingFlags(SWS_AREA); // a 4:1 downscale: area averaging keeps small text legible
        return new FrameReader(grabber, part.index(), part.firstFrame());
    }

    private static List<Run> runsOf(List<ClipPart> parts) {
        List<Run> runs = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            ClipPart part = parts.get(p);
            int start = 0;
            for (int local = 1; local <= part.frameCount(); local++) {
                if (local == part.frameCount() || part.index().isKeyframe(local)) {
                    runs.add(new Run(p, start, local, part.firstFrame() + start));
                    start = local;
                }
            }
        }
        return runs;
    }

    private static int even(int value) {
        return Math.max(2, value & ~1);
    }

    /** Stops the builder (it finishes the frame in hand) and frees the decoder. */
    @Override
    public void close() {
        closed = true;
        Thread running;
        synchronized (this) {
            running = builder;
        }
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (decodeLock) {
            if (decoder != null) {
                decoder.close();
                decoder = null;
            }
        }
    }
}
