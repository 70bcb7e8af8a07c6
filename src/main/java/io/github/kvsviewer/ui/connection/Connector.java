package io.github.kvsviewer.ui.connection;

import io.github.kvsviewer.ui.ConnectionChoice;
import io.github.kvsviewer.ui.OpenArchive;
import io.github.kvsviewer.ui.ProgressSink;

/** Opens an archive; may be slow (the first local run generates demo footage), so it reports progress. */
@FunctionalInterface
public interface Connector {
    OpenArchive open(ConnectionChoice choice, ProgressSink progress) throws Exception;
}
