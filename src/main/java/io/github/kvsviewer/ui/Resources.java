package io.github.kvsviewer.ui;

import java.net.URL;

/** Files next to the UI classes; a missing one fails loudly rather than giving an unstyled window. */
public final class Resources {

    private Resources() {
    }

    /** @param path relative to io/github/kvsviewer/ui, e.g. "main/main.css" */
    public static String stylesheet(String path) {
        URL url = Resources.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing resource io/github/kvsviewer/ui/" + path);
        }
        return url.toExternalForm();
    }
}
