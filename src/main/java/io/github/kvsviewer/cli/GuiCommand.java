package io.github.kvsviewer.cli;

import io.github.kvsviewer.ui.ArchiveConnector;
import io.github.kvsviewer.ui.Settings;
import io.github.kvsviewer.ui.Viewer;
import io.github.kvsviewer.ui.ViewerApp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gui} (the default): the viewer window, on the embedded local archive. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the viewer on the embedded local archive with its demo streams (the default command).")
final class GuiCommand implements Callable<Integer> {

    @Mixin
    LocalArchiveOptions local = new LocalArchiveOptions();

    @Override
    public Integer call() throws Exception {
        Viewer.Launch launch = new Viewer.Launch(local.dataDir(), Settings.defaultFile(),
                (choice, progress) -> ArchiveConnector.open(choice, (stream, done, total) -> progress.update(
                        "Preparing demo footage (first run only): " + stream, total == 0 ? -1 : (double) done / total)),
                ArchiveConnector.profiles());
        try {
            ViewerApp.runUntilClosed(launch);
            return 0;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX could not open a window, e.g. no DISPLAY on a server.
            System.err.println("kvs-viewer: cannot open a window (" + e.getMessage() + "). Run it on a desktop, "
                    + "or use 'serve' or 'export', which need no window.");
            return 1;
        }
    }
}
