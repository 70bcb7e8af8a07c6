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
 */
public record DecoderSettings(long displayCacheBytes, int displayDecoderThreads) {

    public static final long DEFAULT_DISPLAY_CACHE_BYTES = 256L * 1024 * 1024;

    public DecoderSettings {
        if (displayCacheBytes < 0) {
            throw new IllegalArgumentException("negative cache budget: " + displayCacheBytes);
        }
        if (displayDecoderThreads < 0) {
            throw new IllegalArgumentException("negative thread count: " + displayDecoderThreads);
        }
    }

    public static DecoderSettings defaults() {
        return new DecoderSettings(DEFAULT_DISPLAY_CACHE_BYTES, 0);
    }

    public DecoderSettings withDisplayCacheBytes(long bytes) {
        return new DecoderSettings(bytes, displayDecoderThreads);
    }

    public DecoderSettings withDisplayDecoderThreads(int threads) {
        return new DecoderSettings(displayCacheBytes, threads);
    }
}
