package io.github.kvsviewer.cli;

import io.github.kvsviewer.aws.ArchiveConnection;
import io.github.kvsviewer.aws.AwsVideoArchive;
import io.github.kvsviewer.local.GeneratedKeys;
import io.github.kvsviewer.local.LocalArchive;
import io.github.kvsviewer.local.ServerSettings;
import io.github.kvsviewer.ui.ArchiveOpener;
import io.github.kvsviewer.ui.OpenArchive;
import io.github.kvsviewer.ui.ViewerApp;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gui} (the default): the viewer window, on the embedded local archive. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the viewer on the embedded local archive with its demo streams (the default command).")
final class GuiCommand implements Callable<Integer> {

    private static final String LOCAL_REGION = "ap-northeast-1";

    @Mixin
    LocalArchiveOptions local = new LocalArchiveOptions();

    @Override
    public Integer call() throws Exception {
        ViewerApp.runUntilClosed(localArchiveOpener());
        return 0;
    }

    /** Starts the local archive on a free loopback port and connects to it through the AWS SDK. */
    private ArchiveOpener localArchiveOpener() {
        return progress -> {
            GeneratedKeys keys = GeneratedKeys.random();
            ServerSettings settings = new ServerSettings(InetAddress.getLoopbackAddress(), 0, LOCAL_REGION,
                    keys.accessKey(), keys.secretKey());
            LocalArchive archive = LocalArchive.start(local.dataDir(), settings,
                    (stream, done, total) -> progress.update("Preparing demo footage (first run only): " + stream,
                            total == 0 ? -1 : (double) done / total));
            AwsVideoArchive client = AwsVideoArchive.connect(ArchiveConnection.local(archive.endpoint(), LOCAL_REGION,
                    keys.accessKey(), keys.secretKey()));
            return new OpenArchive(client, "the local archive at " + archive.endpoint(), archive);
        };
    }
}
