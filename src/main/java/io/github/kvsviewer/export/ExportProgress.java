package io.github.kvsviewer.export;

/**
 * Where an export reports how far it got and learns that the user cancelled.
 * Both are called on the exporting thread, so a UI must hand updates to its own
 * thread (a JavaFX {@code Task}'s {@code updateProgress} already does).
 */
public interface ExportProgress {

    /** Reports nothing and never cancels. */
    ExportProgress NONE = new ExportProgress() {
    };

    /** After each written frame, and once with 0 before the first. */
    default void update(int framesDone, int framesTotal) {
    }

    /**
     * Asked before each frame. Once it says yes the export stops: the frames
     * already written stay and are listed in the CSV.
     */
    default boolean isCancelled() {
        return false;
    }
}
