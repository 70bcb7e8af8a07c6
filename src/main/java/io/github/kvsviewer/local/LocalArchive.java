package io.github.kvsviewer.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The embedded archive as the viewer and {@code serve} use it: the store under a
 * data folder, the demo streams made sure of, and the KVS-compatible endpoint
 * serving them.
 */
public final class LocalArchive implements AutoCloseable {

    private final FragmentStore store;
    private final LocalArchiveServer server;

    private LocalArchive(FragmentStore store, LocalArchiveServer server) {
        this.store = store;
        this.server = server;
    }

    /** Opens the store, generates any missing or damaged demo stream, and starts serving. */
    public static LocalArchive start(Path dataDir, ServerSettings settings, DemoFootage.Progress progress)
            throws IOException {
        FragmentStore store = FragmentStore.open(dataDir);
        DemoFootage.ensure(store, settings.region(), DemoFootage.standardStreams(), progress);
        return new LocalArchive(store, LocalArchiveServer.start(store, settings));
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public ServerSettings settings() {
        return server.settings();
    }

    public FragmentStore store() {
        return store;
    }

    @Override
    public void close() {
        server.close();
    }
}
