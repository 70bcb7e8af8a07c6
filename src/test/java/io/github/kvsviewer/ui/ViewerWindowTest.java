package io.github.kvsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.aws.ArchiveConnection;
import io.github.kvsviewer.aws.AwsVideoArchive;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.local.DemoStreamSpec;
import io.github.kvsviewer.local.LocalArchiveServer;
import io.github.kvsviewer.local.ServerFaults;
import io.github.kvsviewer.local.ServerSettings;
import io.github.kvsviewer.local.TimeCodeStrip;
import io.github.kvsviewer.pipeline.DemoArchive;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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

/**
 * The real window, headless on Monocle, driven as a user would against a local
 * archive over HTTP through the SDK client: pick, type, load, step, mark, export.
 */
@ExtendWith(ApplicationExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerWindowTest {

    /** Like the demo's cafe-shelf-1, but small: the window selects it and opens on its default range. */
    private static final DemoStreamSpec SHELF = new DemoStreamSpec("cafe-shelf-1", 480, 270, 10,
            DemoArchive.SHELF.fragmentLength(), DemoArchive.SHELF.start(), DemoArchive.SHELF.duration(),
            DemoArchive.SHELF.gaps());
    private static final long WAIT = 90;

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
        if (viewer != null) {
            WaitForAsyncUtils.asyncFx(() -> viewer.close()).get(30, TimeUnit.SECONDS);
        }
        FxToolkit.cleanupStages();
    }

    private void open(Path home, URI endpoint) throws Exception {
        Viewer.Launch launch = new Viewer.Launch(Path.of("unused"), home.resolve("settings.json"),
                (choice, progress) -> new OpenArchive(AwsVideoArchive.connect(ArchiveConnection.local(
                        endpoint, DemoArchive.REGION, DemoArchive.ACCESS_KEY, DemoArchive.SECRET_KEY)),
                        "the test archive", () -> { }),
                List.of());
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            viewer = new Viewer(launch, runner);
            viewer.show(new Stage());
        }).get(30, TimeUnit.SECONDS);
    }

    private void waitForStreams(FxRobot robot) throws Exception {
        ListView<StreamInfo> streams = robot.lookup("#streamList").queryListView();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> streams.getItems().size() == 2);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> viewer.session().stream().isPresent());
    }

    private static java.util.Optional<ListCell<?>> streamCell(FxRobot robot, String name) {
        return robot.lookup(".list-cell").match((ListCell<?> cell) -> cell.getItem() instanceof StreamInfo stream
                && stream.name().equals(name)).tryQuery();
    }

    /**
     * Load is enabled once the stream and range are known: wait for that rather than click a disabled button.
     * Then wait for the load to start (Cancel enabled, or a status already); a click the headless robot lost
     * (seen twice under load: nothing started, no status, Cancel disabled) is made once more.
     */
    private static void clickLoad(FxRobot robot) throws Exception {
        javafx.scene.control.Button load = robot.lookup("#load").queryButton();
        javafx.scene.control.Button cancel = robot.lookup("#cancelLoad").queryButton();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !load.isDisabled());
        robot.clickOn(load);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loadStarted(robot, cancel));
        } catch (TimeoutException lost) {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !load.isDisabled());
            robot.clickOn(load);
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> loadStarted(robot, cancel));
        }
    }

    private static boolean loadStarted(FxRobot robot, javafx.scene.control.Button cancel) {
        return !cancel.isDisabled() || !text(robot, "#loadStatus").isEmpty();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void pickTypeLoadStepMarkAndExport(FxRobot robot, @TempDir Path home, @TempDir Path exports) throws Exception {
        open(home, demo.server.endpoint());
        waitForStreams(robot);
        assertThat(viewer.session().stream().orElseThrow().name()).isEqualTo("cafe-shelf-1");

        // Pick the other stream and type a range in JST.
        // Cells are laid out a pulse after the items arrive: wait for the one to click.
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> streamCell(robot, "busy").isPresent());
        robot.clickOn(streamCell(robot, "busy").orElseThrow());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> viewer.session().stream().map(s -> s.name().equals("busy")).orElse(false));
        robot.clickOn("#rangeStart").push(KeyCode.CONTROL, KeyCode.A).write("2026-11-20 10:00:01.000").push(KeyCode.ENTER);
        robot.clickOn("#rangeEnd").push(KeyCode.CONTROL, KeyCode.A).write("2026-11-20 10:00:02.000").push(KeyCode.ENTER);
        TimeRange typed = new TimeRange(DemoArchive.jst("10:00:01.000"), DemoArchive.jst("10:00:02.000"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> viewer.session().requested().orElseThrow().equals(typed));

        clickLoad(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> viewer.session().clip().isPresent());
        // 200 ms fragments start at .050, .250, ... so the clip is 10:00:01.050 to 10:00:02.050: five fragments.
        assertThat(viewer.session().clip().orElseThrow().decoded().timeline().frameCount()).isEqualTo(10);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !text(robot, "#requestedRange").isEmpty());
        assertThat(text(robot, "#requestedRange")).isEqualTo("2026-11-20 10:00:01.000 – 10:00:02.000 JST");
        assertThat(text(robot, "#returnedRange")).isEqualTo("2026-11-20 10:00:01.050 – 10:00:02.050 JST");

        // Step with the keyboard: the time shown is the time in the frame's own pixels.
        robot.clickOn("#frameImage").push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        assertShownTimeIsTheFramesOwn(robot, 3);
        robot.push(KeyCode.M);
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        assertShownTimeIsTheFramesOwn(robot, 7);
        robot.push(KeyCode.M);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> viewer.marks().marked().size() == 2);
        robot.push(KeyCode.END);
        assertShownTimeIsTheFramesOwn(robot, 9);

        // Export the two marked frames; the folder is chosen as the dialog would.
        robot.interact(() -> viewer.marks().folderProperty().set(exports));
        robot.clickOn("#exportMarked");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> files(exports, ".csv").size() == 1);
        List<Path> pngs = files(exports, ".png");
        assertThat(pngs).extracting(p -> p.getFileName().toString())
                .containsExactly("busy_20261120T100001.350+0900_f0003.png", "busy_20261120T100001.750+0900_f0007.png");
        List<String> csv = Files.readAllLines(files(exports, ".csv").get(0), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(3);
        for (int i = 0; i < 2; i++) {
            Instant strip = Instant.ofEpochMilli(TimeCodeStrip.read(ImageIO.read(pngs.get(i).toFile())));
            assertThat(csv.get(i + 1)).contains("," + strip + ",").contains(pngs.get(i).getFileName().toString());
        }
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> viewer.notifications().isShowing());
        assertThat(viewer.notifications().text()).startsWith("Exported 2 frames");
    }

    /** Waits for frame {@code index} on screen, then compares the time shown with the strip in its pixels. */
    private void assertShownTimeIsTheFramesOwn(FxRobot robot, int index) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> viewer.player().shownIndexProperty().get() == index
                && viewer.player().settledProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        ImageView image = robot.lookup("#frameImage").queryAs(ImageView.class);
        Instant strip = Instant.ofEpochMilli(TimeCodeStrip.read(SwingFXUtils.fromFXImage(image.getImage(), null)));
        TimeDisplay jst = new TimeDisplay(TimeDisplay.JAPAN);
        assertThat(text(robot, "#exactTime")).isEqualTo(jst.dateTime(strip) + " JST");
    }

    @Test
    void aLoadCanBeCancelled(FxRobot robot, @TempDir Path home) throws Exception {
        // Every GetClip is throttled: the load waits in its backoff until the user cancels.
        ServerFaults faults = new ServerFaults().throttleAlways("GetClip");
        try (LocalArchiveServer throttled = LocalArchiveServer.start(demo.store,
                ServerSettings.loopback(DemoArchive.REGION, DemoArchive.ACCESS_KEY, DemoArchive.SECRET_KEY), faults)) {
            open(home, throttled.endpoint());
            waitForStreams(robot);
            clickLoad(robot);
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> faults.requests("GetClip") > 0);
            robot.clickOn("#cancelLoad");
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#loadStatus").equals("Loading cancelled."));
            assertThat(viewer.session().clip()).isEmpty();
        }
    }

    @Test
    void anUnreachableEndpointIsAClearError(FxRobot robot, @TempDir Path home) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        open(home, URI.create("http://127.0.0.1:" + closedPort));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> viewer.notifications().isShowing());
        assertThat(viewer.notifications().text())
                .startsWith("Could not connect: Could not connect to the archive at http://127.0.0.1:" + closedPort)
                .contains("connection refused");
        assertThat(text(robot, "#connectionStatus")).isEqualTo("Not connected");
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
