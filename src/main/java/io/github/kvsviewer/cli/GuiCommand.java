package io.github.kvsviewer.cli;

import io.github.kvsviewer.ui.ArchiveOpener;
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
        ViewerApp.runUntilClosed(localArchiveOpener());
        return 0;
    }

    private ArchiveOpener localArchiveOpener() {
        return progress -> ArchiveConnector.openLocal(local, (stream, done, total) -> progress.update(
                "Preparing demo footage (first run only): " + stream, total == 0 ? -1 : (double) done / total));
    }
}
