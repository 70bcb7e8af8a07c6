package io.github.kvsviewer.ui.player;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The player's keys: Left/Right one frame, Shift+Left/Right one second, Home/End
 * the first/last frame, Space play/pause. The scrubber takes them when it has the
 * focus; {@link #install} makes them work wherever the focus is in the window.
 */
public final class PlayerKeys {

    private PlayerKeys() {
    }

    /**
     * Adds the keys to {@code scene} as a handler, so they apply when the focused
     * control did not use the key itself (a list keeps its Home/End, a button its
     * Space) and never while text is being typed.
     *
     * @return the handler, to remove with {@code scene.removeEventHandler(KeyEvent.KEY_PRESSED, handler)}
     */
    public static EventHandler<KeyEvent> install(Scene scene, PlayerViewModel model) {
        EventHandler<KeyEvent> handler = event -> {
            if (!typing(scene.getFocusOwner()) && handle(event, model)) {
                event.consume();
            }
        };
        scene.addEventHandler(KeyEvent.KEY_PRESSED, handler);
        return handler;
    }

    /** Runs the command for a key press; false (and nothing done) when it is not a player key. */
    public static boolean handle(KeyEvent event, PlayerViewModel model) {
        if (event.getEventType() != KeyEvent.KEY_PRESSED || event.isControlDown() || event.isAltDown()
                || event.isMetaDown() || event.isShortcutDown()) {
            return false;
        }
        switch (event.getCode()) {
            case RIGHT -> {
                if (event.isShiftDown()) {
                    model.jumpSeconds(1);
                } else {
                    model.stepForward();
                }
            }
            case LEFT -> {
                if (event.isShiftDown()) {
                    model.jumpSeconds(-1);
                } else {
                    model.stepBack();
                }
            }
            case HOME -> model.home();
            case END -> model.end();
            case SPACE -> model.togglePlay();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean typing(Node focused) {
        return focused instanceof TextInputControl
                || focused instanceof ComboBoxBase<?> combo && combo.isEditable()
                || focused instanceof Spinner<?> spinner && spinner.isEditable();
    }
}
