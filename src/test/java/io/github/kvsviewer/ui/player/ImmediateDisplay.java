package io.github.kvsviewer.ui.player;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;

/**
 * A display that "shows" every frame (or its preview) at once on the calling
 * thread, and remembers what was asked: frames in {@code requests}, previews in
 * {@code previews}.
 */
final class ImmediateDisplay implements FrameDisplay {

    final List<Integer> requests = new ArrayList<>();
    final List<Integer> previews = new ArrayList<>();
    boolean closed;

    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper showingPreview = new ReadOnlyBooleanWrapper(false);

    @Override
    public void show(int index) {
        put(index, false);
        requests.add(index);
    }

    @Override
    public void preview(int index) {
        put(index, true);
        previews.add(index);
    }

    private void put(int index, boolean preview) {
        if (closed) {
            throw new IllegalStateException("shown after close");
        }
        showingPreview.set(preview);
        shown.set(index);
    }

    void fail(int index, String reason) {
        failure.set(new Failure(index, reason));
    }

    @Override
    public ReadOnlyIntegerProperty shownIndexProperty() {
        return shown.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty showingPreviewProperty() {
        return showingPreview.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
    }
}
