package io.github.kvsviewer.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Lays out the panels (connection across the top; streams and marked frames on
 * the left; range, footage map, load and the frame on the right), the menu, and
 * the window-wide keys. Holds no state of its own.
 */
public final class MainWindow {

    /** The panels, built by the caller with their view models. */
    public record Panels(Node connection, Node streams, Node marks, Node range, Node footage, Node load, Node player) {
    }

    /** What the window-wide keys do. */
    public record Commands(Runnable load, Runnable cancelLoad, Runnable toggleMark, Runnable exportCurrent,
            Runnable settings, Runnable quit) {
    }

    private MainWindow() {
    }

    public static Scene createScene(Panels panels, Commands commands, NotificationBar notifications, Messages messages) {
        VBox left = new VBox(panels.streams(), panels.marks());
        VBox.setVgrow(panels.streams(), Priority.ALWAYS);
        left.setMinWidth(220);

        VBox right = new VBox(6, panels.range(), panels.footage(), panels.load(), panels.player());
        right.setStyle("-fx-padding: 6 8 8 8;");
        VBox.setVgrow(panels.player(), Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22);

        BorderPane content = new BorderPane(split);
        content.setTop(panels.connection());
        notifications.node().setContent(content);

        BorderPane root = new BorderPane(notifications.node());
        root.setTop(menuBar(commands, messages));
        Scene scene = new Scene(root, 1280, 860);
        scene.getStylesheets().add(Resources.stylesheet("main/main.css"));
        installKeys(scene, commands);
        return scene;
    }

    private static MenuBar menuBar(Commands commands, Messages messages) {
        MenuItem quit = new MenuItem(messages.get("menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> commands.quit().run());
        MenuItem settings = new MenuItem(messages.get("menu.settings"));
        settings.setOnAction(e -> commands.settings().run());
        MenuItem keys = new MenuItem(messages.get("menu.keys"));
        keys.setOnAction(e -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("keys.text"));
            alert.setHeaderText(messages.get("menu.keys"));
            alert.show();
        });
        return new MenuBar(new Menu(messages.get("menu.file"), null, quit),
                new Menu(messages.get("menu.view"), null, settings),
                new Menu(messages.get("menu.help"), null, keys));
    }

    /** Keys that work wherever the focus is, except that typing in a text field stays typing. */
    private static void installKeys(Scene scene, Commands commands) {
        KeyCombination load = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
        KeyCombination export = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (load.match(event)) {
                commands.load().run();
            } else if (export.match(event)) {
                commands.exportCurrent().run();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                commands.cancelLoad().run();
            } else if (event.getCode() == KeyCode.M && !event.isShortcutDown()
                    && !(scene.getFocusOwner() instanceof TextInputControl)) {
                commands.toggleMark().run();
            } else {
                return;
            }
            event.consume();
        });
    }

    /** Restores the remembered window bounds and saves them when the window closes. */
    public static void rememberBounds(Stage stage, Settings settings) {
        settings.getDouble("window.width").ifPresent(stage::setWidth);
        settings.getDouble("window.height").ifPresent(stage::setHeight);
        settings.getDouble("window.x").ifPresent(stage::setX);
        settings.getDouble("window.y").ifPresent(stage::setY);
        stage.setOnHiding(e -> {
            settings.putDouble("window.width", stage.getWidth());
            settings.putDouble("window.height", stage.getHeight());
            settings.putDouble("window.x", stage.getX());
            settings.putDouble("window.y", stage.getY());
        });
    }
}
