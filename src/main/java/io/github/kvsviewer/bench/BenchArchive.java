package io.github.kvsviewer.bench;

import io.github.kvsviewer.archive.VideoArchive;
import io.github.kvsviewer.aws.ArchiveConnection;
import io.github.kvsviewer.aws.AwsVideoArchive;
import io.github.kvsviewer.local.FragmentStore;
import io.github.kvsviewer.local.GeneratedKeys;
import io.github.kvsviewer.local.LocalArchiveServer;
import io.github.kvsviewer.local.ServerSettings;
import java.io.IOException;

/**
 * A store served on loopback and the viewer's own client on it: the path a clip
 * takes when the operator presses Load (SigV4, HTTP, the AWS SDK), all in this
 * process as in the viewer with its embedded archive.
 */
final class BenchArchive implements AutoCloseable {

    private final LocalArchiveServer server;
    private final AwsVideoArchive archive;

    private BenchArchive(LocalArchiveServer server, AwsVideoArchive archive) {
        this.server = server;
        this.archive = archive;
    }

    static BenchArchive serve(FragmentStore store) throws IOException {
        GeneratedKeys keys = GeneratedKeys.random();
        LocalArchiveServer server = LocalArchiveServer.start(store,
                ServerSettings.loopback(BenchFootage.REGION, keys.accessKey(), keys.secretKey()));
        try {
            return new BenchArchive(server, AwsVideoArchive.connect(ArchiveConnection.local(server.endpoint(),
                    BenchFootage.REGION, keys.accessKey(), keys.secretKey())));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    VideoArchive archive() {
        return archive;
    }

    @Override
    public void close() {
        archive.close();
        server.close();
    }
}
