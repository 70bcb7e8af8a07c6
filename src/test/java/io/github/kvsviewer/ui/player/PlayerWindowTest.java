package io.github.kvsviewer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.decode.DecoderSettings;
import io.github.kvsviewer.ui.LoadedClip;
import io.github.kvsviewer.ui.SessionModel;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The frame view and the scrubber in a window (headless, Monocle): keys pressed
 * as a user presses them move the frame, and the time the info panel shows is
 * the time-code strip of the picture on screen.
 */
@ExtendWith(ApplicationExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlayerWindowTest {

    private static final TimeDisplay JST = new TimeDisplay(TimeDisplay.JAPAN);

    private LoadedClip clip;
    private SessionModel session;
    private PlayerViewModel model;
    private ScrubberView scrubber;

    @BeforeAll
    void loadClip() throws Exception {
        clip = PlayerFootage.shared().load(PlayerFootage.WHOLE);
    }

    @AfterAll
    void closeClip() {
        clip.decoded().close();
    }

    @Start
    void start(Stage stage) {
        session = new SessionModel();
        model = PlayerViewModel.create(session, PlayerResources.messages(Locale.ENGLISH));
        scrubber = new ScrubberView(model);
        TextField note = new TextField();
        note.setId("note"); // stands for any text field elsewhere in the window
        BorderPane root = new BorderPane(new FrameView(model));
        root.setTop(note);
        root.setBottom(scrubber);
        Scene scene = new Scene(root, 1000, 560);
        PlayerKeys.install(scene, model);
        stage.setScene(scene);
        stage.show();
        session.clipProperty().set(clip);
        scrubber.slider().requestFocus();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.close()).get(30, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
    }

    @Test
    void keysMoveTheFrameAndTheTimeShownIsTheStripOfThePicture(FxRobot robot) throws Exception {
        awaitShown(0);
        assertTimeShownIsTheStrip(robot);

        robot.type(KeyCode.RIGHT, 3);
        awaitShown(3);
        assertTimeShownIsTheStrip(robot);
        assertThat(robot.lookup("#framePosition").queryAs(Label.class).getText()).isEqualTo("Frame 3 / 50");
        assertThat(robot.lookup("#scrubber").queryAs(Slider.class).getValue()).isEqualTo(3);

        robot.type(KeyCode.END);
        awaitShown(49);
        assertTimeShownIsTheStrip(robot);
        assertThat(robot.lookup("#exactTime").queryAs(Label.class).getText()).isEqualTo("2026-11-20 10:00:06.150 JST");

        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        awaitShown(39);
        assertTimeShownIsTheStrip(robot);

        Label difference = robot.lookup("#rangeDifference").queryAs(Label.class);
        assertThat(difference.getText()).isEqualTo("+0.250 s late start, +0.250 s past the end");
        assertThat(difference.getStyleClass()).contains("differs");
    }

    @Test
    void sceneKeysWorkWithTheFocusElsewhereButNotWhileTyping(FxRobot robot) throws Exception {
        awaitShown(0);
        TextField note = robot.lookup("#note").queryAs(TextField.class);
        robot.interact(note::requestFocus);
        robot.type(KeyCode.SPACE, KeyCode.RIGHT, KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.currentIndexProperty().get()).isZero();
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(note.getText()).isEqualTo(" ");

        robot.interact(() -> robot.lookup("#frameImage").query().getParent().requestFocus());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        awaitShown(10);
        assertTimeShownIsTheStrip(robot);
    }

    @Test
    void draggingTheThumbEndsOnTheFrameUnderIt(FxRobot robot) throws Exception {
        awaitShown(0);
        Node thumb = robot.lookup("#scrubber .thumb").query();
        robot.drag(thumb).moveBy(120, 0).moveBy(150, 0).drop();
        Slider slider = robot.lookup("#scrubber").queryAs(Slider.class);
        WaitForAsyncUtils.waitForFxEvents();
        int index = WaitForAsyncUtils.asyncFx(() -> model.currentIndexProperty().get()).get(30, TimeUnit.SECONDS);
        assertThat(index).isGreaterThan(0);
        awaitShown(index);
        assertThat(slider.getValue()).isEqualTo(index);
        assertTimeShownIsTheStrip(robot);
    }

    @Test
    void theSliderIsNeverWrittenBackDuringADrag(FxRobot robot) throws Exception {
        awaitShown(0);
        Slider slider = robot.lookup("#scrubber").queryAs(Slider.class);
        WaitForAsyncUtils.asyncFx(() -> {
            slider.setValueChanging(true);
            slider.setValue(10.4);
            assertThat(model.currentIndexProperty().get()).isEqualTo(10);
            model.stepForward(); // the model moves on while the mouse holds the thumb
            assertThat(slider.getValue()).isEqualTo(10.4);
            slider.setValue(22.6);
            assertThat(model.currentIndexProperty().get()).isEqualTo(23);
            slider.setValueChanging(false);
            assertThat(model.currentIndexProperty().get()).isEqualTo(23);
            assertThat(slider.getValue()).isEqualTo(23);
        }).get(30, TimeUnit.SECONDS);
        awaitShown(23);
        assertTimeShownIsTheStrip(robot);
    }

    @Test
    void aDraggedPreviewIsScaledUpToWhereTheFrameIsAndReleasingShowsTheFrame(FxRobot robot) throws Exception {
        // Previews half the frame's width, 136 rows for 135: still drawn on the frame's exact rectangle.
        LoadedClip smallPreviews = PlayerFootage.shared().load(PlayerFootage.WHOLE,
                DecoderSettings.defaults().withPreviewWidth(240));
        try {
            WaitForAsyncUtils.asyncFx(() -> session.clipProperty().set(smallPreviews)).get(30, TimeUnit.SECONDS);
            awaitShown(0);
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> smallPreviews.decoded().previewFramesReady()
                    == smallPreviews.decoded().timeline().frameCount());
            ImageView view = robot.lookup("#frameImage").queryAs(ImageView.class);
            Node hint = robot.lookup("#previewHint").query();
            Slider slider = robot.lookup("#scrubber").queryAs(Slider.class);
            Bounds frameBounds = onFx(view::getBoundsInParent);
            assertThat(frameBounds.getWidth()).isPositive();
            assertThat(onFx(hint::isVisible)).isFalse();

            WaitForAsyncUtils.asyncFx(() -> {
                slider.setValueChanging(true);
                slider.setValue(20);
            }).get(30, TimeUnit.SECONDS);
            awaitShown(20);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(model.showingPreviewProperty()::get)).isTrue();
            assertThat(onFx(() -> view.getImage().getWidth())).isEqualTo(240);
            assertThat(onFx(view::getBoundsInParent)).isEqualTo(frameBounds);
            assertThat(onFx(hint::isVisible)).isTrue();
            assertThat(robot.lookup("#framePosition").queryAs(Label.class).getText()).isEqualTo("Frame 20 / 50");

            WaitForAsyncUtils.asyncFx(() -> slider.setValueChanging(false)).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> onFx(() -> model.settledProperty().get() && !model.showingPreviewProperty().get()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> view.getImage().getWidth())).isEqualTo(480);
            assertThat(onFx(view::getBoundsInParent)).isEqualTo(frameBounds);
            assertThat(onFx(hint::isVisible)).isFalse();
            assertTimeShownIsTheStrip(robot);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> session.clipProperty().set(null)).get(30, TimeUnit.SECONDS);
            smallPreviews.decoded().close();
        }
    }

    private void assertTimeShownIsTheStrip(FxRobot robot) throws Exception {
        ImageView view = robot.lookup("#frameImage").queryAs(ImageView.class);
        Instant strip = onFx(() -> ImageStrip.of(view.getImage()));
        assertThat(robot.lookup("#exactTime").queryAs(Label.class).getText()).isEqualTo(JST.dateTime(strip) + " JST");
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private void awaitShown(int index) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> model.settledProperty().get() && model.shownIndexProperty().get() == index).get());
    }
}
