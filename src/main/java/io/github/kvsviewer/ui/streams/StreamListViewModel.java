package io.github.kvsviewer.ui.streams;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.ui.ArchiveOpener;
import io.github.kvsviewer.ui.OpenArchive;
import io.github.kvsviewer.ui.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connects to an archive and lists its streams; no controls, so it is testable without a window. */
public final class StreamListViewModel {

    private static final Logger log = LoggerFactory.getLogger(StreamListViewModel.class);

    private final TaskRunner runner;
    private final ObservableList<StreamInfo> streams = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private OpenArchive open;

    public StreamListViewModel(TaskRunner runner) {
        this.runner = runner;
    }

    public ObservableList<StreamInfo> streams() {
        return FXCollections.unmodifiableObservableList(streams);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Optional<OpenArchive> openArchive() {
        return Optional.ofNullable(open);
    }

    /** Opens the archive and lists every stream in the background. */
    public void connect(ArchiveOpener opener) {
        Task<Connected> task = new ConnectAndListTask(opener);
        status.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        busy.set(true);
        task.setOnSucceeded(e -> {
            unbind();
            open = task.getValue().archive();
            streams.setAll(task.getValue().streams());
            status.set(streams.size() + " streams in " + open.description());
        });
        task.setOnFailed(e -> {
            unbind();
            log.error("Could not connect", task.getException());
            status.set("Could not connect: " + task.getException().getMessage());
        });
        runner.run(task);
    }

    private void unbind() {
        status.unbind();
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    private record Connected(OpenArchive archive, List<StreamInfo> streams) {
    }

    private static final class ConnectAndListTask extends Task<Connected> {
        private final ArchiveOpener opener;

        ConnectAndListTask(ArchiveOpener opener) {
            this.opener = opener;
        }

        @Override
        protected Connected call() throws Exception {
            updateMessage("Connecting…");
            updateProgress(-1, 1);
            OpenArchive archive = opener.open((message, fraction) -> {
                updateMessage(message);
                updateProgress(fraction < 0 ? -1 : fraction, 1);
            });
            updateMessage("Listing streams…");
            return new Connected(archive, archive.archive().listStreams(""));
        }
    }
}
