package io.github.kvsviewer.ui.footage;

import static io.github.kvsviewer.ui.footage.FootageArchive.STREAM;
import static io.github.kvsviewer.ui.footage.FootageArchive.jst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kvsviewer.ui.BackgroundTaskRunner;
import io.github.kvsviewer.ui.OpenArchive;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.Settings;
import io.github.kvsviewer.ui.footage.FootageMapLayout.FragmentBox;
import io.github.kvsviewer.ui.range.RangeView;
import io.github.kvsviewer.ui.range.RangeViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The range panel above the footage map in a window, headless on Monocle, with the
 * real background runner and debounce against the local archive: typing a start
 * time re-plans the clip and redraws the map; Align puts the start back.
 */
@ExtendWith(ApplicationExtension.class)
class RangeAndFootageWindowTest {

    @TempDir
    static Path data;
    static FootageArchive footage;

    @TempDir
    Path home;

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();

    @BeforeAll
    static void startArchive() throws Exception {
        footage = FootageArchive.start(data);
    }

    @AfterAll
    static void stopArchive() {
        footage.close();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
    }

    @Test
    void typingAStartTimeUpdatesTheMap(FxRobot robot) throws Exception {
        SessionModel session = new SessionModel();
        FootageMapViewModel[] map = new FootageMapViewModel[1];
        var stream = footage.archive.describeStream(STREAM);
        WaitForAsyncUtils.asyncFx(() -> {
            session.archiveProperty().set(new OpenArchive(new CountingVideoArchive(footage.archive), "test", () -> { }));
            session.streamProperty().set(stream);
            RangeViewModel range = new RangeViewModel(session, Settings.load(home.resolve("settings.json")), Locale.ENGLISH);
            map[0] = new FootageMapViewModel(session, runner, Locale.ENGLISH);
            range.setRange(jst("10:00:00.250", "10:00:04.000"));
            Stage window = new Stage();
            window.setScene(new Scene(new VBox(new RangeView(range), new FootageMapView(map[0])), 1000, 420));
            window.show();
        }).get(30, TimeUnit.SECONDS);

        Label status = robot.lookup("#footageStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText()
                .equals("GetClip returns 2 fragments: 2026-11-20 10:00:00.250 – 10:00:04.250 JST (4.000 s)."));
        assertThat(robot.lookup("#align").queryAs(Button.class).isDisabled()).isTrue();

        TextField start = robot.lookup("#rangeStart").queryAs(TextField.class);
        robot.clickOn(start).push(KeyCode.CONTROL, KeyCode.A).write("2026-11-20 10:00:01.000");
        assertThat(start.getText()).isEqualTo("2026-11-20 10:00:01.000");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText()
                .startsWith("GetClip returns 1 fragment: 2026-11-20 10:00:02.250 – 10:00:04.250 JST (2.000 s)."));
        assertThat(session.requested()).contains(jst("10:00:01.000", "10:00:04.000"));
        assertThat(robot.lookup("#rangeDuration").queryAs(Label.class).getText()).isEqualTo("Duration: 3.000 s");
        Button align = robot.lookup("#align").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !align.isDisabled());

        // The canvas shows the returned fragment in the legend's "returned" colour, the others as plain footage.
        Canvas canvas = robot.lookup("#footageCanvas").queryAs(Canvas.class);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        FootageMapLayout layout = WaitForAsyncUtils.asyncFx(() -> map[0].layout(canvas.getWidth())).get(10, TimeUnit.SECONDS);
        FragmentBox returned = layout.fragments().stream().filter(FragmentBox::returned).findFirst().orElseThrow();
        FragmentBox other = layout.fragments().stream().filter(box -> !box.returned()).findFirst().orElseThrow();
        assertColour(image, middle(returned), Color.web("#e59a3c"));
        assertColour(image, middle(other), Color.web("#8fb996"));

        robot.clickOn(align);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> start.getText().equals("2026-11-20 10:00:00.250"));
        assertThat(session.requested()).contains(jst("10:00:00.250", "10:00:04.000"));
    }

    private static int middle(FragmentBox box) {
        return (int) Math.round((box.span().x0() + box.span().x1()) / 2);
    }

    private static void assertColour(WritableImage image, int x, Color expected) {
        Color actual = image.getPixelReader().getColor(x, 50);
        assertThat(actual.getRed()).as("red at x=%d", x).isCloseTo(expected.getRed(), within(0.02));
        assertThat(actual.getGreen()).as("green at x=%d", x).isCloseTo(expected.getGreen(), within(0.02));
        assertThat(actual.getBlue()).as("blue at x=%d", x).isCloseTo(expected.getBlue(), within(0.02));
    }
}
