package io.github.kvsviewer.ui;

import java.util.Optional;

/**
 * The one place a view model tells the user something they must see: an
 * outcome with an optional action ("Open folder"), or a failure with what to do.
 * Expected conditions (no footage in range) stay inline in their panel instead.
 */
public interface Notifier {

    record Action(String label, Runnable run) {
    }

    void info(String message, Optional<Action> action);

    void error(String message);
}
