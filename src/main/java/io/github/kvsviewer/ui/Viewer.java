package io.github.kvsviewer.ui;

import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.ui.connection.ConnectionView;
import io.github.kvsviewer.ui.connection.ConnectionViewModel;
import io.github.kvsviewer.ui.connection.Connector;
import io.github.kvsviewer.ui.footage.FootageMapView;
import io.github.kvsviewer.ui.footage.FootageMapViewModel;
import io.github.kvsviewer.ui.load.LoadView;
import io.github.kvsviewer.ui.load.LoadViewModel;
import io.github.kvsviewer.ui.marks.MarksView;
import io.github.kvsviewer.ui.marks.MarksViewModel;
import io.github.kvsviewer.ui.player.FrameView;
import io.github.kvsviewer.ui.player.PlayerKeys;
import io.github.kvsviewer.ui.player.PlayerResources;
import io.github.kvsviewer.ui.player.PlayerViewModel;
import io.github.kvsviewer.ui.player.ScrubberView;
import io.github.kvsviewer.ui.range.RangeView;
import io.github.kvsviewer.ui.range.RangeViewModel;
import io.github.kvsviewer.ui.streams.StreamListView;
import io.github.kvsviewer.ui.streams.StreamListViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The viewer's parts wired together: one session, a view model and a view per
 * panel, the window around them. Built on the FX thread; everything slow runs
 * through the task runner.
 */
public final class Viewer {

    /** What a run needs from outside: where the local archive lives, the settings file, how to connect. */
    public record Launch(Path localData, Path settingsFile, Connector connector, List<String> awsProfiles) {
    }

    /** The default range on the demo footage: it shows how the returned range differs from the requested one. */
    static final TimeRange DEMO_RANGE = new TimeRange(Instant.parse("2026-11-20T01:00:03.500Z"),
            Instant.parse("2026-11-20T01:00:06.500Z"));
    static final String DEMO_STREAM = "cafe-shelf-1";

    private final SessionModel session = new SessionModel();
    private final Settings settings;
    private final ConnectionViewModel connection;
    private final StreamListViewModel streams;
    private final LoadViewModel load;
    private final MarksViewModel marks;
    private final PlayerViewModel player;
    private final NotificationBar notifications;
    private final Scene scene;

    public Viewer(Launch launch, TaskRunner runner) {
        settings = Settings.load(launch.settingsFile());
        Locale locale = SettingsDialog.locale(settings);
        settings.get(SettingsDialog.ZONE).ifPresent(zone -> session.zoneProperty().set(ZoneId.of(zone)));
        if (settings.get("stream").isEmpty()) {
            settings.put("stream", DEMO_STREAM);
        }

        Messages main = Messages.of("io.github.kvsviewer.ui.main.main", locale);
        Messages connectionText = Messages.of("io.github.kvsviewer.ui.connection.connection", locale);
        Messages streamsText = Messages.of("io.github.kvsviewer.ui.streams.streams", locale);
        Messages loadText = Messages.of("io.github.kvsviewer.ui.load.load", locale);
        Messages marksText = Messages.of("io.github.kvsviewer.ui.marks.marks", locale);

        notifications = new NotificationBar(new Label());
        connection = new ConnectionViewModel(session, runner, settings, connectionText, notifications,
                launch.connector(), launch.localData(), launch.awsProfiles());
        streams = new StreamListViewModel(session, runner, settings, streamsText);
        load = new LoadViewModel(session, runner, loadText, notifications);
        marks = new MarksViewModel(session, runner, settings, marksText, notifications);
        RangeViewModel range = new RangeViewModel(session, settings, locale);
        if (!range.restoreRemembered()) {
            range.setRange(DEMO_RANGE);
        }
        FootageMapViewModel footage = new FootageMapViewModel(session, runner, locale);
        player = PlayerViewModel.create(session, PlayerResources.messages(locale));
        VBox playerPane = new VBox(4, new FrameView(player), new ScrubberView(player));
        VBox.setVgrow(playerPane.getChildren().get(0), Priority.ALWAYS);

        MarksView marksView = new MarksView(marks, marksText,
                frame -> session.timeDisplay().dateTime(frame.time().exact()));
        MainWindow.Panels panels = new MainWindow.Panels(
                new ConnectionView(connection, connectionText),
                new StreamListView(streams, streamsText),
                marksView,
                new RangeView(range),
                new FootageMapView(footage),
                new LoadView(load, loadText),
                playerPane);
        MainWindow.Commands commands = new MainWindow.Commands(load::load, load::cancel, marks::toggleMark,
                marksView::exportCurrent, () -> SettingsDialog.show(window(), session, settings, main),
                () -> window().hide());
        scene = MainWindow.createScene(panels, commands, notifications, main);
        PlayerKeys.install(scene, player);
    }

    private javafx.stage.Window window() {
        return scene.getWindow();
    }

    public Scene scene() {
        return scene;
    }

    public SessionModel session() {
        return session;
    }

    public MarksViewModel marks() {
        return marks;
    }

    public PlayerViewModel player() {
        return player;
    }

    public NotificationBar notifications() {
        return notifications;
    }

    /** Shows the window and connects to the remembered (or local) archive. */
    public void show(Stage stage) {
        stage.setTitle("KVS Viewer");
        stage.setScene(scene);
        MainWindow.rememberBounds(stage, settings);
        stage.show();
        connection.connect();
    }

    /** Closes the clip and the archive, and saves the settings. */
    public void close() {
        player.close();
        session.clip().ifPresent(clip -> clip.decoded().close());
        session.clipProperty().set(null);
        connection.disconnect();
        settings.save();
    }
}
