package io.github.kvsviewer.decode;

import io.github.kvsviewer.clip.ClipTimeline;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * A clip decoded on demand from its GetClip MP4s in memory.
 *
 * <p>Two paths, each with its own grabbers and its own lock, so they run at the same
 * time without waiting for each other: display (BGRA, through a byte-budgeted LRU
 * cache of decoded frames, at most two parts' decoders open, each decoding ahead
 * on its own thread: {@link DecodeAhead}) and export (the decoder's own pictures
 * at full resolution, one part's decoder open). Calls on the same path wait for one
 * another. Scrub previews come from a {@link PreviewProxy} with its own builder
 * thread and decoders, built once the first preview is asked for.
 * {@link #close()} waits for calls in progress, then frees every decoder; later
 * calls throw {@link IllegalStateException}.
 */
final class InMemoryDecodedClip implements DecodedClip {

    private static final int DISPLAY_READERS = 2; // the part being shown and the one before or after it
    private static final int EXPORT_READERS = 1;
    /** Frames decoded ahead of the one shown: enough to keep the decoder busy while a frame converts. */
    private static final int DECODE_AHEAD = 2;

    private final ClipTimeline timeline;
    private final List<ClipPart> parts;
    private final DecoderSettings settings;
    private final int width;
    private final int height;
    private final DisplayFrameCache cache;

    private final Object displayLock = new Object();
    private final ReaderPool<DecodeAhead> displayReaders = new ReaderPool<>(DISPLAY_READERS);
    private final BgraConverter displayConverter;
    private final LongAdder displaySeeks = new LongAdder();
    private int lastDisplayed = -1;

    private final Object exportLock = new Object();
    private final ReaderPool<FrameReader> exportReaders = new ReaderPool<>(EXPORT_READERS);
    private final BgrImageConverter exportConverter = new BgrImageConverter();

    private final Optional<PreviewProxy> preview;

    private volatile boolean closed;

    /** @param firstReader an open display reader of part 0, taken over */
    InMemoryDecodedClip(ClipTimeline timeline, List<ClipPart> parts, DecoderSettings settings, FrameReader firstReader) {
        this.timeline = timeline;
        this.parts = List.copyOf(parts);
        this.settings = settings;
        this.width = parts.get(0).index().width();
        this.height = parts.get(0).index().height();
        this.cache = new DisplayFrameCache(settings.displayCacheBytes());
        this.displayConverter = new BgraConverter(width, height);
        displayReaders.adopt(0, decodeAhead(parts.get(0), firstReader));
        this.preview = settings.previewWidth() > 0
                ? Optional.of(new PreviewProxy(this.parts, width, height, settings.previewWidth()))
                : Optional.empty();
    }

    @Override
    public ClipTimeline timeline() {
        return timeline;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public DisplayFrame displayFrame(int index) {
        Objects.checkIndex(index, timeline.frameCount());
        synchronized (displayLock) {
            ensureOpen();
            Optional<DisplayFrame> cached = cache.get(index);
            if (cached.isPresent()) {
                lastDisplayed = index;
                return cached.get();
            }
            AVFrame picture = decodeForDisplay(index);
            try {
                DisplayFrame frame = displayConverter.display(picture, index);
                cache.put(frame);
                lastDisplayed = index;
                return frame;
            } finally {
                DecodeAhead.release(picture);
            }
        }
    }

    /**
     * The player's path: no memory allocated, nothing added to the cache (the caller
     * keeps its own copy), a frame in the cache copied from there. Stepping backward
     * fills the cache as {@link #displayFrame} does.
     */
    @Override
    public void displayFrameInto(int index, ByteBuffer target) {
        Objects.checkIndex(index, timeline.frameCount());
        synchronized (displayLock) {
            ensureOpen();
            Optional<DisplayFrame> cached = cache.get(index);
            if (cached.isPresent()) {
                checkTarget(target);
                target.put(0, cached.get().bgra(), 0, displayConverter.frameBytes());
            } else {
                AVFrame picture = decodeForDisplay(index);
                try {
                    displayConverter.convert(picture, target);
                } finally {
                    DecodeAhead.release(picture);
                }
            }
            lastDisplayed = index;
        }
    }

    private void checkTarget(ByteBuffer target) {
        if (target.isReadOnly() || target.capacity() < displayConverter.frameBytes()) {
            throw new IllegalArgumentException("the target must be writable and hold "
                    + displayConverter.frameBytes() + " bytes");
        }
    }

    /**
     * The decoder's picture of the frame, to {@link DecodeAhead#release} once converted;
     * when stepping back, the run before it goes into the cache first.
     */
    private AVFrame decodeForDisplay(int index) {
        int partNumber = partOf(index);
        ClipPart part = parts.get(partNumber);
        DecodeAhead reader = displayReaders.reader(partNumber, this::openDisplayReader);
        int local = index - part.firstFrame();
        if (index == lastDisplayed - 1) {
            decodeRunBefore(part, reader, local);
        }
        return reader.take(local);
    }

    /**
     * Stepping backward: decodes the frames before the target, back to its keyframe,
     * into the cache, so the steps back that follow cost nothing. A run longer than
     * half the cache is cut to its last frames (the seek decodes the ones before
     * without converting them): whole, it would only evict itself.
     */
    private void decodeRunBefore(ClipPart part, DecodeAhead reader, int local) {
        long frameBytes = (long) width * height * 4;
        long fit = cache.budgetBytes() / 2 / frameBytes - 1; // the target itself needs room too
        int from = (int) Math.max(part.index().keyframeAtOrBefore(local), local - fit);
        for (int frame = from; frame < local; frame++) {
            AVFrame decoded = reader.take(frame);
            try {
                int index = part.firstFrame() + frame;
                if (!cache.contains(index)) {
                    cache.put(displayConverter.display(decoded, index));
                }
            } finally {
                DecodeAhead.release(decoded);
            }
        }
    }

    @Override
    public BufferedImage exportImage(int index) {
        synchronized (exportLock) {
            return exportConverter.image(decodeForExport(index));
        }
    }

    @Override
    public DecodedPicture exportPicture(int index) {
        synchronized (exportLock) {
            return DecodedPicture.referenceTo(decodeForExport(index));
        }
    }

    /** The export decoder's own picture of the frame: valid until its next decode, under the export lock. */
    private AVFrame decodeForExport(int index) {
        Objects.checkIndex(index, timeline.frameCount());
        ensureOpen();
        int partNumber = partOf(index);
        ClipPart part = parts.get(partNumber);
        FrameReader reader = exportReaders.reader(partNumber, this::openExportReader);
        return (AVFrame) reader.read(index - part.firstFrame()).opaque;
    }

    @Override
    public Optional<DisplayFrame> previewFrame(int index) {
        Objects.checkIndex(index, timeline.frameCount());
        ensureOpen();
        return preview.flatMap(proxy -> proxy.frame(index));
    }

    @Override
    public boolean previewFrameInto(int index, ByteBuffer target) {
        Objects.checkIndex(index, timeline.frameCount());
        ensureOpen();
        return preview.map(proxy -> proxy.frameInto(index, target)).orElse(false);
    }

    @Override
    public int previewWidth() {
        return preview.map(PreviewProxy::width).orElse(0);
    }

    @Override
    public int previewHeight() {
        return preview.map(PreviewProxy::height).orElse(0);
    }

    @Override
    public int previewFramesReady() {
        return preview.map(PreviewProxy::framesReady).orElse(0);
    }

    /** In the decoder's format: the converter scales a part encoded at another size to the clip's. */
    private DecodeAhead openDisplayReader(int partNumber) {
        ClipPart part = parts.get(partNumber);
        FFmpegFrameGrabber grabber = FrameReader.start(part.mp4(), FrameReader.DECODER_FORMAT,
                settings.displayDecoderThreads(), part.label());
        return decodeAhead(part, new FrameReader(grabber, part.index(), part.firstFrame()));
    }

    private DecodeAhead decodeAhead(ClipPart part, FrameReader reader) {
        return new DecodeAhead(reader, part.frameCount(), DECODE_AHEAD, displaySeeks);
    }

    /**
     * Export keeps each part's own picture size: full resolution, never scaled; in the
     * decoder's format, which a JPEG encodes from directly and a PNG converts to BGR.
     */
    private FrameReader openExportReader(int partNumber) {
        ClipPart part = parts.get(partNumber);
        return new FrameReader(FrameReader.start(part.mp4(), FrameReader.DECODER_FORMAT, 0, part.label()),
                part.index(), part.firstFrame());
    }

    private int partOf(int index) {
        int low = 0;
        int high = parts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (parts.get(mid).firstFrame() <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the clip is closed");
        }
    }

    /** The display frame cache, for its accounting. */
    DisplayFrameCache cache() {
        return cache;
    }

    /** Decoders open now, on both paths. */
    int openDecoders() {
        synchronized (displayLock) {
            synchronized (exportLock) {
                return displayReaders.openCount() + exportReaders.openCount();
            }
        }
    }

    /** Display reads that needed a seek (sequential reading needs none). */
    long displaySeeks() {
        synchronized (displayLock) {
            return displaySeeks.sum();
        }
    }

    @Override
    public void close() {
        closed = true;
        preview.ifPresent(PreviewProxy::close); // its builder has its own decoders: stop it first
        // Never free a decoder under a frame being decoded: wait for both paths.
        synchronized (displayLock) {
            synchronized (exportLock) {
                displayReaders.close();
                displayConverter.close();
                exportReaders.close();
                exportConverter.close();
                cache.clear();
            }
        }
    }
}
