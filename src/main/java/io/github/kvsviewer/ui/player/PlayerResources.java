package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.ui.Messages;
import java.net.URL;
import java.util.Locale;

/** The player's stylesheet and strings, next to its classes; a missing file fails loudly. */
public final class PlayerResources {

    private PlayerResources() {
    }

    /** player.properties, or player_ja.properties for Japanese. */
    public static Messages messages(Locale locale) {
        return Messages.of("io.github.kvsviewer.ui.player.player", locale);
    }

    static String stylesheet() {
        URL css = PlayerResources.class.getResource("player.css");
        if (css == null) {
            throw new IllegalStateException("Missing stylesheet player.css next to " + PlayerResources.class.getName());
        }
        return css.toExternalForm();
    }
}
