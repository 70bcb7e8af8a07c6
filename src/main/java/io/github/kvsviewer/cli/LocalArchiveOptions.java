package io.github.kvsviewer.cli;

import io.github.kvsviewer.local.FragmentStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the embedded local archive keeps its streams. */
final class LocalArchiveOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the local archive (default: ~/.kvs-viewer/archive).")
    Path data;

    Path dataDir() {
        return data != null ? data : FragmentStore.defaultDataDir();
    }
}
