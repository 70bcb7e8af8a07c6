package io.github.kvsviewer.ui.marks;

import io.github.kvsviewer.export.ExportFormat;
import io.github.kvsviewer.export.ExportOptions;
import io.github.kvsviewer.export.ExportResult;
import io.github.kvsviewer.export.FrameSelection;
import io.github.kvsviewer.ui.FolderOpener;
import io.github.kvsviewer.ui.LoadedClip;
import io.github.kvsviewer.ui.Messages;
import io.github.kvsviewer.ui.Notifier;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.Settings;
import io.github.kvsviewer.ui.TaskRunner;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames marked as evidence, and their export: the marked frames or the one on
 * screen, as PNG or JPEG with the CSV sidecar, into a remembered folder.
 */
public final class MarksViewModel {

    private static final Logger log = LoggerFactory.getLogger(MarksViewModel.class);

    private final SessionModel session;
    private final TaskRunner runner;
    private final Settings settings;
    private final Messages messages;
    private final Notifier notifier;
    private final ObservableList<MarkedFrame> marked = FXCollections.observableArrayList();
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding currentMarked;
    private final BooleanBinding hasClip;

    public MarksViewModel(SessionModel session, TaskRunner runner, Settings settings, Messages messages,
            Notifier notifier) {
        this.session = session;
        this.runner = runner;
        this.settings = settings;
        this.messages = messages;
        this.notifier = notifier;
        settings.get("export.folder").map(Path::of).ifPresent(folder::set);
        settings.get("export.format").flatMap(MarksViewModel::parseFormat).ifPresent(format::set);
        folder.addListener((obs, old, path) -> settings.put("export.folder", path == null ? null : path.toString()));
        format.addListener((obs, old, f) -> settings.put("export.format", f.name()));
        session.clipProperty().addListener((obs, old, clip) -> marked.clear());
        currentMarked = Bindings.createBooleanBinding(
                () -> marked.stream().anyMatch(m -> m.index() == session.currentFrameProperty().get()),
                marked, session.currentFrameProperty());
        hasClip = Bindings.createBooleanBinding(() -> session.clip().isPresent(), session.clipProperty());
    }

    public ObservableList<MarkedFrame> marked() {
        return FXCollections.unmodifiableObservableList(marked);
    }

    public BooleanBinding currentMarkedProperty() {
        return currentMarked;
    }

    public BooleanBinding hasClipProperty() {
        return hasClip;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Marks the frame on screen, or unmarks it when it is marked (M). */
    public void toggleMark() {
        Optional<LoadedClip> clip = session.clip();
        if (clip.isEmpty()) {
            return;
        }
        int index = session.currentFrameProperty().get();
        if (!marked.removeIf(m -> m.index() == index)) {
            marked.add(new MarkedFrame(index, clip.get().decoded().timeline().frame(index)));
            marked.sort(Comparator.comparingInt(MarkedFrame::index));
        }
    }

    public void jumpTo(MarkedFrame frame) {
        session.currentFrameProperty().set(frame.index());
    }

    /** Exports every marked frame; the caller has chosen a folder. */
    public void exportMarked() {
        if (!marked.isEmpty()) {
            export(FrameSelection.indices(marked.stream().map(MarkedFrame::index).toList()));
        }
    }

    /** Exports the frame on screen (Ctrl+E). */
    public void exportCurrent() {
        export(FrameSelection.indices(List.of(session.currentFrameProperty().get())));
    }

    private void export(FrameSelection selection) {
        Optional<LoadedClip> clip = session.clip();
        if (clip.isEmpty() || folder.get() == null || exporting.get()) {
            return;
        }
        ExportOptions options = ExportOptions.png(folder.get()).withFormat(format.get()).withZone(session.zoneProperty().get());
        ExportFramesTask task = new ExportFramesTask(clip.get().decoded(), clip.get().stream(), selection, options);
        exporting.set(true);
        progress.bind(task.progressProperty());
        status.set(messages.get("exporting"));
        task.setOnSucceeded(e -> {
            done();
            ExportResult result = task.getValue();
            status.set(messages.get("exported", result.count(), options.folder()));
            notifier.info(messages.get("exported", result.count(), options.folder()),
                    Optional.of(new Notifier.Action(messages.get("openFolder"), () -> FolderOpener.open(options.folder()))));
        });
        task.setOnCancelled(e -> {
            done();
            status.set(messages.get("exportCancelled"));
        });
        task.setOnFailed(e -> {
            done();
            log.warn("Export failed", task.getException());
            status.set(messages.get("exportFailed"));
            notifier.error(task.getException().getMessage());
        });
        runner.run(task);
    }

    private void done() {
        progress.unbind();
        progress.set(0);
        exporting.set(false);
    }

    private static Optional<ExportFormat> parseFormat(String name) {
        try {
            return Optional.of(ExportFormat.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
