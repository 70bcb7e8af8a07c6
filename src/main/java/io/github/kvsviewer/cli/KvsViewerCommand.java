package io.github.kvsviewer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;

/** {@code kvs-viewer [gui|serve|...]}: with no subcommand it opens the viewer. */
@Command(name = "kvs-viewer",
        mixinStandardHelpOptions = true,
        versionProvider = KvsViewerCommand.Version.class,
        description = "View and export footage archived in Amazon Kinesis Video Streams, "
                + "or in the embedded local archive.",
        subcommands = {GuiCommand.class, ServeCommand.class, ExportCommand.class, ImportCommand.class,
                io.github.kvsviewer.bench.BenchCommand.class})
final class KvsViewerCommand implements Callable<Integer> {

    @Mixin
    LocalArchiveOptions local = new LocalArchiveOptions();

    @Override
    public Integer call() throws Exception {
        GuiCommand gui = new GuiCommand();
        gui.local = local;
        return gui.call();
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KvsViewerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kvs-viewer " + (version == null ? "(development build)" : version),
                    "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                            + System.getProperty("os.arch")};
        }
    }
}
