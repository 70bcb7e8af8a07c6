package io.github.kvsviewer.ui.streams;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.VideoArchive;
import io.github.kvsviewer.ui.Messages;
import io.github.kvsviewer.ui.OpenArchive;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.Settings;
import io.github.kvsviewer.ui.TaskRunner;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

/**
 * Every stream of the connected archive (all pages), filterable by name; the
 * selection is the session's stream and is remembered for the next run.
 */
public final class StreamListViewModel {

    private final SessionModel session;
    private final TaskRunner runner;
    private final Settings settings;
    private final Messages messages;
    private final ObservableList<StreamInfo> all = FXCollections.observableArrayList();
    private final FilteredList<StreamInfo> visible = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public StreamListViewModel(SessionModel session, TaskRunner runner, Settings settings, Messages messages) {
        this.session = session;
        this.runner = runner;
        this.settings = settings;
        this.messages = messages;
        filter.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            visible.setPredicate(s -> needle.isEmpty() || s.name().toLowerCase(Locale.ROOT).contains(needle));
        });
        session.archiveProperty().addListener((obs, old, archive) -> refresh());
        session.streamProperty().addListener((obs, old, stream) -> {
            if (stream != null) {
                settings.put("stream", stream.name());
            }
        });
    }

    /** The streams that pass the filter. */
    public ObservableList<StreamInfo> streams() {
        return FXCollections.unmodifiableObservableList(visible);
    }

    /** The session's stream. */
    public ReadOnlyObjectProperty<StreamInfo> selectedProperty() {
        return session.streamProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void select(StreamInfo stream) {
        if (stream != null && !stream.equals(session.streamProperty().get())) {
            session.streamProperty().set(stream);
        }
    }

    /** Lists the streams of the session's archive again. */
    public void refresh() {
        OpenArchive open = session.archiveProperty().get();
        all.clear();
        session.streamProperty().set(null);
        if (open == null) {
            status.set("");
            return;
        }
        Task<List<StreamInfo>> task = new ListStreamsTask(open.archive());
        busy.set(true);
        status.set(messages.get("listing"));
        task.setOnSucceeded(e -> {
            busy.set(false);
            all.setAll(task.getValue());
            status.set(messages.get("count", all.size()));
            String remembered = settings.get("stream").orElse("");
            all.stream().filter(s -> s.name().equals(remembered)).findFirst()
                    .or(() -> all.stream().findFirst())
                    .ifPresent(this::select);
        });
        task.setOnFailed(e -> {
            busy.set(false);
            status.set(messages.get("failed", task.getException().getMessage()));
        });
        runner.run(task);
    }

    /** ListStreams, every page. */
    private static final class ListStreamsTask extends Task<List<StreamInfo>> {
        private final VideoArchive archive;

        ListStreamsTask(VideoArchive archive) {
            this.archive = archive;
        }

        @Override
        protected List<StreamInfo> call() {
            return archive.listStreams("");
        }
    }
}
