package io.github.kvsviewer.ui.player;

import java.util.function.LongConsumer;

/** Playback pulses given by the test, at the times it chooses (nanoseconds). */
final class ManualTicker implements PlaybackTicker {

    private LongConsumer onPulse;

    @Override
    public void start(LongConsumer onPulse) {
        this.onPulse = onPulse;
    }

    @Override
    public void stop() {
        onPulse = null;
    }

    boolean running() {
        return onPulse != null;
    }

    void pulseAtMillis(double millis) {
        if (onPulse != null) {
            onPulse.accept(Math.round(millis * 1_000_000));
        }
    }
}
