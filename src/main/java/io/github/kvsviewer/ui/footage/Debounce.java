package io.github.kvsviewer.ui.footage;

/**
 * Runs an action once requests have stopped coming for a while: each request
 * replaces the pending one. The window waits on the FX clock ({@link FxDebounce});
 * view-model tests run the action at once.
 */
@FunctionalInterface
interface Debounce {
    void request(Runnable action);
}
