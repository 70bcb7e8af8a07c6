package io.github.kvsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.aws.ArchiveConnection;
import io.github.kvsviewer.aws.AwsVideoArchive;
import io.github.kvsviewer.local.DemoStreamSpec;
import io.github.kvsviewer.pipeline.DemoArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless on Monocle, against a local archive over HTTP through the SDK client. */
@ExtendWith(ApplicationExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerWindowTest {

    /** Like the demo's cafe-shelf-1, but small: the window selects it and opens on its default range. */
    private static final DemoStreamSpec SHELF = new DemoStreamSpec("cafe-shelf-1", 480, 270, 10,
            DemoArchive.SHELF.fragmentLength(), DemoArchive.SHELF.start(), DemoArchive.SHELF.duration(),
            DemoArchive.SHELF.gaps());

    private DemoArchive demo;
    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private Viewer viewer;

    @BeforeAll
    void startArchive(@TempDir Path data) throws IOException {
        demo = DemoArchive.start(data, SHELF, DemoArchive.BUSY);
    }

    @AfterAll
    void stopArchive() {
        runner.close();
        demo.close();
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> viewer.close()).get(30, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
    }

    private void open(Path settings) throws Exception {
        Viewer.Launch launch = new Viewer.Launch(Path.of("unused"), settings,
                (choice, progress) -> new OpenArchive(AwsVideoArchive.connect(ArchiveConnection.local(
                        demo.server.endpoint(), DemoArchive.REGION, DemoArchive.ACCESS_KEY, DemoArchive.SECRET_KEY)),
                        "the test archive", () -> { }),
                List.of());
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            viewer = new Viewer(launch, runner);
            viewer.show(new Stage());
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void opensOnTheDemoStreamAndLoadsAClip(FxRobot robot, @TempDir Path home) throws Exception {
        open(home.resolve("settings.json"));

        ListView<StreamInfo> streams = robot.lookup("#streamList").queryListView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> streams.getItems().size() == 2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewer.session().stream().isPresent());
        assertThat(viewer.session().stream().orElseThrow().name()).isEqualTo("cafe-shelf-1");

        robot.clickOn("#load");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> viewer.session().clip().isPresent());
        LoadedClip clip = viewer.session().clip().orElseThrow();
        // The default range 10:00:03.500–06.500 comes back as 04.250–08.250: two 2 s fragments.
        assertThat(clip.plan().returned()).hasSize(2);
        assertThat(clip.decoded().timeline().frameCount()).isEqualTo(40);
        assertThat(robot.lookup("#loadStatus").queryAs(Label.class).getText()).contains("40");
    }
}
