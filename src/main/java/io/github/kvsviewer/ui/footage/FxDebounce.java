package io.github.kvsviewer.ui.footage;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debounce} on the FX thread's clock; create and use it on the FX thread. */
final class FxDebounce implements Debounce {

    private final PauseTransition pause;

    FxDebounce(java.time.Duration quiet) {
        pause = new PauseTransition(Duration.millis(quiet.toMillis()));
    }

    @Override
    public void request(Runnable action) {
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }
}
