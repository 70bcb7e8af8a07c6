package io.github.kvsviewer.ui.load;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.ui.LoadedClip;
import io.github.kvsviewer.ui.Messages;
import io.github.kvsviewer.ui.Notifier;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the requested range of the session's stream in the background, with progress and Cancel. */
public final class LoadViewModel {

    private static final Logger log = LoggerFactory.getLogger(LoadViewModel.class);

    private final SessionModel session;
    private final TaskRunner runner;
    private final Messages messages;
    private final Notifier notifier;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canLoad;
    private LoadClipTask running;

    public LoadViewModel(SessionModel session, TaskRunner runner, Messages messages, Notifier notifier) {
        this.session = session;
        this.runner = runner;
        this.messages = messages;
        this.notifier = notifier;
        canLoad = Bindings.createBooleanBinding(() -> !loading.get() && session.archive().isPresent()
                        && session.stream().isPresent() && session.requested().isPresent(),
                loading, session.archiveProperty(), session.streamProperty(), session.requestedProperty());
    }

    public BooleanBinding canLoadProperty() {
        return canLoad;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void load() {
        if (!canLoad.get()) {
            return;
        }
        LoadClipTask task = new LoadClipTask(session.archive().orElseThrow().archive(),
                session.stream().orElseThrow().name(), session.requested().orElseThrow(), messages);
        running = task;
        loading.set(true);
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            done();
            show(task.getValue());
        });
        task.setOnCancelled(e -> {
            done();
            status.set(messages.get("cancelled"));
        });
        task.setOnFailed(e -> {
            done();
            Throwable failure = task.getException();
            if (failure instanceof ArchiveException archive && archive.kind() == ArchiveException.Kind.CANCELLED) {
                status.set(messages.get("cancelled"));
            } else if (failure instanceof ArchiveException archive && archive.kind() == ArchiveException.Kind.NO_FOOTAGE) {
                // Expected: say it inline, no dialog.
                status.set(archive.getMessage());
            } else {
                log.warn("Loading failed", failure);
                status.set(messages.get("failed"));
                notifier.error(failure.getMessage());
            }
        });
        runner.run(task);
    }

    public void cancel() {
        if (running != null) {
            running.cancel(false);
        }
    }

    private void done() {
        running = null;
        progress.unbind();
        status.unbind();
        progress.set(0);
        loading.set(false);
    }

    private void show(LoadedClip clip) {
        // The new clip goes on screen first, so no request reaches the old one after it is closed.
        LoadedClip old = session.clipProperty().get();
        session.currentFrameProperty().set(0);
        session.clipProperty().set(clip);
        if (old != null) {
            old.decoded().close();
        }
        int frames = clip.decoded().timeline().frameCount();
        status.set(clip.differences().isEmpty() ? messages.get("loaded", frames, clip.plan().returned().size())
                : messages.get("loadedWithDifferences", frames, String.join(" ", clip.differences())));
    }
}
