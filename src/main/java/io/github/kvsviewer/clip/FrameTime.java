package io.github.kvsviewer.clip;

import java.time.Instant;

/**
 * When a frame was captured: exactly (its fragment's producer start plus its
 * offset inside the fragment) and by the classic interpolation over the
 * returned range, shown side by side; and the fragment it came from.
 */
public record FrameTime(int index, Instant exact, Instant interpolated, String fragmentNumber) {
}
