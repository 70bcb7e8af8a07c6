package io.github.kvsviewer.ui;

/** Connects to an archive; may be slow (the first local run generates demo footage), so it reports progress. */
@FunctionalInterface
public interface ArchiveOpener {
    OpenArchive open(ProgressSink progress) throws Exception;
}
