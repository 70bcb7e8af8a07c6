package io.github.kvsviewer.ui;

import javafx.concurrent.Task;

/**
 * Runs background tasks. The window uses {@link BackgroundTaskRunner}; view-model
 * tests use one that runs the task on the calling thread, so they are deterministic.
 */
@FunctionalInterface
public interface TaskRunner {
    void run(Task<?> task);
}
