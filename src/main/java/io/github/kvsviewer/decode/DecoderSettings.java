package io.github.kvsviewer.decode;

/**
 * How a clip is decoded.
 *
 * @param displayCacheBytes the most memory the decoded display frames may hold
 *     (BGRA, 4 bytes a pixel: 256 MB is about 30 frames of 1080p or 500 of 480x270);
 *     0 keeps none
 * @param displayDecoderThreads decoder threads of the display path; 0 lets FFmpeg
 *     choose (frame threading on every core, which delays the first frame after
 *     each seek: fewer threads make seeks snappier and plain playback slower)
 * @param previewWidth width of the scrub previews ({@link DecodedClip#previewFrame}); 0 builds
 *     no preview proxy. At least 480 keeps the demo footage's time-code strip readable.
 */
public record DecoderSettings(long displayCacheBytes, int displayDecoderThreads, int previewWidth) {

    public static final long DEFAULT_DISPLAY_CACHE_BYTES = 256L * 1024 * 1024;
    public static final int DEFAULT_PREVIEW_WIDTH = 480;

    /** With the default preview width. */
    public DecoderSettings(long displayCacheBytes, int displayDecoderThreads) {
        this(displayCacheBytes, displayDecoderThreads, DEFAULT_PREVIEW_WIDTH);
    }

    public DecoderSettings {
        if (displayCacheBytes < 0) {
            throw new IllegalArgumentException("negative cache budget: " + displayCacheBytes);
        }
        if (displayDecoderThreads < 0) {
            throw new IllegalArgumentException("negative thread count: " + displayDecoderThreads);
        }
        if (previewWidth < 0) {
            throw new IllegalArgumentException("negative preview width: " + previewWidth);
        }
    }

    public static DecoderSettings defaults() {
        return new DecoderSettings(DEFAULT_DISPLAY_CACHE_BYTES, 0, DEFAULT_PREVIEW_WIDTH);
    }

    public DecoderSettings withDisplayCacheBytes(long bytes) {
        return new DecoderSettings(bytes, displayDecoderThreads, previewWidth);
    }

    public DecoderSettings withDisplayDecoderThreads(int threads) {
        return new DecoderSettings(displayCacheBytes, threads, previewWidth);
    }

    public DecoderSettings withPreviewWidth(int width) {
        return new DecoderSettings(displayCacheBytes, displayDecoderThreads, width);
    }
}
