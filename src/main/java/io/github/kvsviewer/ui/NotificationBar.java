package io.github.kvsviewer.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import org.controlsfx.control.NotificationPane;

/**
 * {@link Notifier} as a bar across the top of the window (ControlsFX
 * NotificationPane): stays inside the window, works headless, and carries an
 * action such as "Open folder". Safe to call from any thread.
 */
public final class NotificationBar implements Notifier {

    private final NotificationPane pane;

    public NotificationBar(Node content) {
        pane = new NotificationPane(content);
        pane.setId("notifications");
        pane.setShowFromTop(true);
        pane.setCloseButtonVisible(true);
    }

    public NotificationPane node() {
        return pane;
    }

    public String text() {
        return pane.getText();
    }

    public boolean isShowing() {
        return pane.isShowing();
    }

    @Override
    public void info(String message, Optional<Notifier.Action> action) {
        onFxThread(() -> {
            pane.getStyleClass().remove("error");
            pane.getActions().clear();
            action.ifPresent(a -> pane.getActions().add(new org.controlsfx.control.action.Action(a.label(), e -> {
                pane.hide();
                a.run().run();
            })));
            pane.show(message);
        });
    }

    @Override
    public void error(String message) {
        onFxThread(() -> {
            if (!pane.getStyleClass().contains("error")) {
                pane.getStyleClass().add("error");
            }
            pane.getActions().clear();
            pane.show(message);
        });
    }

    private static void onFxThread(Runnable runnable) {
        if (Platform.isFxApplicationThread()) {
            runnable.run();
        } else {
            Platform.runLater(runnable);
        }
    }

}
