package io.github.kvsviewer.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A small pool of named daemon threads for the window's background work. */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTaskRunner.class);
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "kvs-viewer-worker-" + count.incrementAndGet());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> log.error("Uncaught failure on {}", t.getName(), e));
        return thread;
    });

    @Override
    public void run(Task<?> task) {
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
