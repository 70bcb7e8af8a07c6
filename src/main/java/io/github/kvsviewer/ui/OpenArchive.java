package io.github.kvsviewer.ui;

import io.github.kvsviewer.archive.VideoArchive;

/** A connected archive, how to describe it to the user, and what to close with it. */
public record OpenArchive(VideoArchive archive, String description, AutoCloseable resources) implements AutoCloseable {

    @Override
    public void close() throws Exception {
        try {
            archive.close();
        } finally {
            resources.close();
        }
    }
}
