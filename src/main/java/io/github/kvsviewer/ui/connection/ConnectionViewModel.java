package io.github.kvsviewer.ui.connection;

import io.github.kvsviewer.ui.ConnectionChoice;
import io.github.kvsviewer.ui.Messages;
import io.github.kvsviewer.ui.Notifier;
import io.github.kvsviewer.ui.OpenArchive;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.Settings;
import io.github.kvsviewer.ui.TaskRunner;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses and opens the archive: the local archive (the default) or an AWS
 * profile with its region and an optional endpoint override. The opened archive
 * goes to the session; the one it replaces is closed.
 */
public final class ConnectionViewModel {

    private static final Logger log = LoggerFactory.getLogger(ConnectionViewModel.class);

    private final SessionModel session;
    private final TaskRunner runner;
    private final Settings settings;
    private final Messages messages;
    private final Notifier notifier;
    private final Connector connector;
    private final Path localData;

    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final StringProperty choice = new SimpleStringProperty(this, "choice");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final BooleanBinding awsFieldsEnabled;

    public ConnectionViewModel(SessionModel session, TaskRunner runner, Settings settings, Messages messages,
            Notifier notifier, Connector connector, Path localData, List<String> awsProfiles) {
        this.session = session;
        this.runner = runner;
        this.settings = settings;
        this.messages = messages;
        this.notifier = notifier;
        this.connector = connector;
        this.localData = localData;
        choices.add(localChoice());
        awsProfiles.forEach(p -> choices.add(messages.get("profile", p)));
        choice.set(settings.get("connection.choice").filter(choices::contains).orElse(localChoice()));
        region.set(settings.get("connection.region").orElse(""));
        endpoint.set(settings.get("connection.endpoint").orElse(""));
        awsFieldsEnabled = Bindings.createBooleanBinding(() -> !localChoice().equals(choice.get()), choice);
    }

    public ObservableList<String> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    public StringProperty choiceProperty() {
        return choice;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public BooleanBinding awsFieldsEnabledProperty() {
        return awsFieldsEnabled;
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

    private String localChoice() {
        return messages.get("local");
    }

    /** The choice as the connector takes it; an invalid endpoint is reported and nothing is opened. */
    Optional<ConnectionChoice> currentChoice() {
        if (localChoice().equals(choice.get())) {
            return Optional.of(ConnectionChoice.local(localData));
        }
        String profile = choice.get().substring(choice.get().indexOf(':') + 1).trim();
        Optional<URI> endpointUri = Optional.empty();
        if (!endpoint.get().isBlank()) {
            try {
                URI uri = new URI(endpoint.get().trim());
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new URISyntaxException(endpoint.get(), "no scheme or host");
                }
                endpointUri = Optional.of(uri);
            } catch (URISyntaxException e) {
                status.set(messages.get("badEndpoint", endpoint.get()));
                return Optional.empty();
            }
        }
        return Optional.of(ConnectionChoice.aws(Optional.of(profile),
                Optional.of(region.get().trim()).filter(r -> !r.isEmpty()), endpointUri));
    }

    /** Opens the chosen archive in the background. */
    public void connect() {
        Optional<ConnectionChoice> chosen = currentChoice();
        if (chosen.isEmpty() || busy.get()) {
            return;
        }
        settings.put("connection.choice", choice.get());
        settings.put("connection.region", region.get());
        settings.put("connection.endpoint", endpoint.get());
        Task<OpenArchive> task = new OpenArchiveTask(connector, chosen.get(), messages);
        busy.set(true);
        status.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            finish();
            replaceArchive(task.getValue());
            status.set(messages.get(chosen.get().local() ? "connectedLocal" : "connected", task.getValue().description()));
        });
        task.setOnFailed(e -> {
            finish();
            Throwable failure = task.getException();
            log.warn("Could not connect", failure);
            status.set(messages.get("notConnected"));
            notifier.error(messages.get("connectFailed", failure.getMessage()));
        });
        runner.run(task);
    }

    private void finish() {
        status.unbind();
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    private void replaceArchive(OpenArchive opened) {
        session.archive().ifPresent(ConnectionViewModel::closeQuietly);
        session.archiveProperty().set(opened);
    }

    /** Closes the session's archive (on exit). */
    public void disconnect() {
        session.archive().ifPresent(ConnectionViewModel::closeQuietly);
        session.archiveProperty().set(null);
    }

    private static void closeQuietly(OpenArchive archive) {
        try {
            archive.close();
        } catch (Exception e) {
            log.warn("Closing {} failed", archive.description(), e);
        }
    }

    /** Opens one archive; the first local run reports demo-footage progress. */
    private static final class OpenArchiveTask extends Task<OpenArchive> {
        private final Connector connector;
        private final ConnectionChoice choice;
        private final Messages messages;

        OpenArchiveTask(Connector connector, ConnectionChoice choice, Messages messages) {
            this.connector = connector;
            this.choice = choice;
            this.messages = messages;
        }

        @Override
        protected OpenArchive call() throws Exception {
            updateMessage(messages.get("connecting"));
            updateProgress(-1, 1);
            OpenArchive archive = connector.open(choice, (message, fraction) -> {
                updateMessage(message);
                updateProgress(fraction < 0 ? -1 : fraction, 1);
            });
            // Touch the archive once so a wrong profile or endpoint fails here, not later.
            archive.archive().listStreams("");
            return archive;
        }
    }
}
