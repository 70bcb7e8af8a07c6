package io.github.kvsviewer.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts JavaFX without an {@code Application} subclass, so the collaborators are
 * passed in rather than handed over through static state, and shows the viewer
 * until the user closes it.
 */
public final class ViewerApp {

    private static final Logger log = LoggerFactory.getLogger(ViewerApp.class);

    private ViewerApp() {
    }

    /** Blocks until the window is closed. */
    public static void runUntilClosed(Viewer.Launch launch) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        BackgroundTaskRunner runner = new BackgroundTaskRunner();
        Viewer[] viewer = new Viewer[1];
        Platform.startup(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
                log.error("Unexpected failure on the FX thread", e);
                if (viewer[0] != null) {
                    viewer[0].notifications().error(String.valueOf(e.getMessage()));
                }
            });
            Stage stage = new Stage();
            viewer[0] = new Viewer(launch, runner);
            stage.setOnHidden(e -> closed.countDown());
            viewer[0].show(stage);
        });
        closed.await();
        Platform.runLater(() -> viewer[0].close());
        runner.close();
        Platform.exit();
    }
}
