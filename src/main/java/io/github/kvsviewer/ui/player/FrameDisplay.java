package io.github.kvsviewer.ui.player;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.image.Image;

/**
 * Puts frames of one clip on screen: {@link FramePresenter} in the window, a
 * same-thread stand-in in view-model tests. Every method and property belongs to
 * the FX thread.
 */
public interface FrameDisplay extends AutoCloseable {

    /** Why a requested frame is not on screen. */
    record Failure(int index, String reason) {
    }

    /** Asks for frame {@code index} itself; earlier requests not yet served may be dropped. */
    void show(int index);

    /**
     * Asks for frame {@code index} while the scrubber is dragged: its small scrub
     * preview (the same frame, fewer pixels) when one is ready, else the frame itself.
     */
    void preview(int index);

    /** The index of the frame whose pixels are on screen; -1 before the first one. */
    ReadOnlyIntegerProperty shownIndexProperty();

    /**
     * The picture on screen; null before the first frame. One image for the frames and
     * one for the previews, each rewritten in place: fit it to a size, not to its pixels.
     */
    ReadOnlyObjectProperty<Image> imageProperty();

    /** True while the picture on screen is the preview of the shown frame rather than the frame itself. */
    ReadOnlyBooleanProperty showingPreviewProperty();

    /** True when the frame on screen is the one last asked for (or asking for it failed). */
    ReadOnlyBooleanProperty settledProperty();

    /** The last request that failed, cleared when a frame is shown; null when none. */
    ReadOnlyObjectProperty<Failure> failureProperty();

    /** Stops showing frames; the clip itself belongs to whoever loaded it. */
    @Override
    void close();
}
