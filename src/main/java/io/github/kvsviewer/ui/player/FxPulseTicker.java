package io.github.kvsviewer.ui.player;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** Playback pulses from JavaFX's animation pulse (about 60 a second, on the FX thread). */
public final class FxPulseTicker implements PlaybackTicker {

    private LongConsumer onPulse = now -> { };

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse.accept(now);
        }
    };

    @Override
    public void start(LongConsumer onPulse) {
        this.onPulse = onPulse;
        timer.start();
    }

    @Override
    public void stop() {
        timer.stop();
        onPulse = now -> { };
    }
}
