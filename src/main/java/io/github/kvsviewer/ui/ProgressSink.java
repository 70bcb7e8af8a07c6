package io.github.kvsviewer.ui;

/** Where slow work reports what it is doing and how far it got (0..1, or -1 when unknown). */
@FunctionalInterface
public interface ProgressSink {
    void update(String message, double fraction);
}
