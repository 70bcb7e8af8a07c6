package io.github.kvsviewer.ui;

import io.github.kvsviewer.ui.streams.StreamListView;
import io.github.kvsviewer.ui.streams.StreamListViewModel;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts JavaFX without an {@code Application} subclass, so the collaborators are
 * passed in rather than handed over through static state, and shows the window
 * until the user closes it.
 */
public final class ViewerApp {

    private static final Logger log = LoggerFactory.getLogger(ViewerApp.class);

    private ViewerApp() {
    }

    /** Blocks until the window is closed. */
    public static void runUntilClosed(ArchiveOpener opener) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        BackgroundTaskRunner runner = new BackgroundTaskRunner();
        StreamListViewModel[] model = new StreamListViewModel[1];
        Platform.startup(() -> {
            model[0] = new StreamListViewModel(runner);
            Stage stage = createStage(model[0]);
            stage.setOnHidden(e -> closed.countDown());
            stage.show();
            model[0].connect(opener);
        });
        closed.await();
        runner.close();
        model[0].openArchive().ifPresent(open -> {
            try {
                open.close();
            } catch (Exception e) {
                log.warn("Closing the archive failed", e);
            }
        });
        Platform.exit();
    }

    static Stage createStage(StreamListViewModel model) {
        Stage stage = new Stage();
        stage.setTitle("KVS Viewer");
        stage.setScene(new Scene(new StreamListView(model), 720, 480));
        return stage;
    }
}
