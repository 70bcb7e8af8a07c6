package io.github.kvsviewer.ui.player;

import java.util.function.LongConsumer;

/**
 * The clock that drives playback: calls back on the FX thread, about once per
 * screen refresh, with a monotonic time in nanoseconds. The window uses
 * {@link FxPulseTicker}; tests pulse by hand, so playback is deterministic.
 */
public interface PlaybackTicker {

    /** Starts calling {@code onPulse}; a second start replaces the first. */
    void start(LongConsumer onPulse);

    void stop();
}
