package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.ui.TaskRunner;
import javafx.concurrent.Task;

/**
 * Runs each task at once on the calling thread. Called on the FX thread, the task's
 * work is done before this returns and its state changes (and so its success or
 * failure handler) are queued on the FX thread, in order: a test waits for FX events
 * and sees the outcome, without timing anything.
 */
final class SameThreadTaskRunner implements TaskRunner {

    private int started;

    @Override
    public void run(Task<?> task) {
        started++;
        task.run();
    }

    int started() {
        return started;
    }
}
