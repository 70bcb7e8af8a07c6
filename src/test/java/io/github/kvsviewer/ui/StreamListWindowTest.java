package io.github.kvsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.aws.ArchiveConnection;
import io.github.kvsviewer.aws.AwsVideoArchive;
import io.github.kvsviewer.local.FragmentStore;
import io.github.kvsviewer.local.LocalArchiveServer;
import io.github.kvsviewer.local.ServerSettings;
import io.github.kvsviewer.ui.streams.StreamListViewModel;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless on Monocle, lists the local archive's streams through the real SDK client over HTTP. */
@ExtendWith(ApplicationExtension.class)
class StreamListWindowTest {

    @TempDir
    Path data;

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private StreamListViewModel model;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        if (model != null && model.openArchive().isPresent()) {
            model.openArchive().get().close();
        }
    }

    @Test
    void listsTheStreamsOfTheLocalArchive(FxRobot robot) throws Exception {
        FragmentStore store = FragmentStore.open(data);
        for (String name : new String[] {"cafe-shelf-1", "cafe-shelf-2", "cafe-entrance"}) {
            store.createStream(name, "ap-northeast-1", "demo", 24, Instant.parse("2026-11-20T00:00:00Z"));
        }
        ServerSettings settings = new ServerSettings(InetAddress.getLoopbackAddress(), 0, "ap-northeast-1",
                "AKIATESTKEY", "test-secret");
        ArchiveOpener opener = progress -> {
            LocalArchiveServer server = LocalArchiveServer.start(store, settings);
            AwsVideoArchive client = AwsVideoArchive.connect(
                    ArchiveConnection.local(server.endpoint(), "ap-northeast-1", "AKIATESTKEY", "test-secret"));
            return new OpenArchive(client, "the test archive", server);
        };

        FxToolkit.setupStage(stage -> {
        });
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            model = new StreamListViewModel(runner);
            Stage window = ViewerApp.createStage(model);
            window.show();
            model.connect(opener);
            return window;
        }).get(10, TimeUnit.SECONDS);

        ListView<StreamInfo> list = robot.lookup("#streamList").queryListView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        assertThat(list.getItems()).extracting(StreamInfo::name)
                .containsExactlyInAnyOrder("cafe-shelf-1", "cafe-shelf-2", "cafe-entrance");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("3 streams in the test archive");
        assertThat(stage.isShowing()).isTrue();
    }
}
