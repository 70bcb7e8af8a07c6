package io.github.kvsviewer.clip;

/** Hears how loading a clip goes: which GetClip part, bytes of it, waits; and may cancel. */
public interface ClipProgress {

    ClipProgress NONE = new ClipProgress() {
    };

    /** @param part 1-based; @param expectedBytes -1 when unknown */
    default void downloading(int part, int parts, long bytes, long expectedBytes) {
    }

    default void waiting(String reason) {
    }

    default boolean isCancelled() {
        return false;
    }
}
