package io.github.kvsviewer.ui;

import java.awt.Desktop;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows a folder in the system's file manager, off the FX thread (it may block). */
public final class FolderOpener {

    private static final Logger log = LoggerFactory.getLogger(FolderOpener.class);

    private FolderOpener() {
    }

    public static void open(Path folder) {
        Thread thread = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                } else {
                    new ProcessBuilder(System.getProperty("os.name").startsWith("Mac") ? "open" : "xdg-open",
                            folder.toString()).start();
                }
            } catch (Exception e) {
                log.warn("Could not open {}", folder, e);
            }
        }, "open-folder");
        thread.setDaemon(true);
        thread.start();
    }
}
