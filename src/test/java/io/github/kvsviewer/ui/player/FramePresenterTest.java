package io.github.kvsviewer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.decode.DecoderSettings;
import io.github.kvsviewer.ui.LoadedClip;
import io.github.kvsviewer.ui.SessionModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.beans.value.ChangeListener;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter on real decoded frames and the FX thread (headless): whatever the
 * order and pace of requests, the frame left on screen is the one last asked for,
 * and the time-code strip read back from the image's pixels is the exact time the
 * view model shows for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FramePresenterTest {

    private static final Logger log = LoggerFactory.getLogger(FramePresenterTest.class);
    private static final TimeDisplay JST = new TimeDisplay(TimeDisplay.JAPAN);

    private LoadedClip clip;
    private ClipTimeline timeline;
    private SessionModel session;
    private PlayerViewModel model;
    private FramePresenter presenter;

    @BeforeAll
    void startFxAndLoad() throws Exception {
        FxToolkit.registerPrimaryStage();
        clip = PlayerFootage.shared().load(PlayerFootage.WHOLE);
        timeline = clip.decoded().timeline();
    }

    @AfterAll
    void closeClip() {
        clip.decoded().close();
    }

    @AfterEach
    void closeModel() throws Exception {
        if (model != null) {
            fx(() -> {
                model.close();
                return null;
            });
            model = null;
        }
    }

    /** The window's wiring: the session's clip shown through a real presenter. */
    private void openPlayer() throws Exception {
        fx(() -> {
            session = new SessionModel();
            model = new PlayerViewModel(session, PlayerResources.messages(Locale.ENGLISH), decoded -> {
                presenter = new FramePresenter(decoded);
                return presenter;
            }, new ManualTicker());
            session.clipProperty().set(clip);
            return null;
        });
        awaitShown(0);
    }

    @Test
    void everyFrameSteppedInOrderShowsItsOwnTime() throws Exception {
        openPlayer();
        Image first = fx(() -> model.imageProperty().get());
        assertShownPixelsMatchTheModel(0);
        for (int i = 1; i < timeline.frameCount(); i++) {
            fx(() -> {
                model.stepForward();
                return null;
            });
            awaitShown(i);
            assertShownPixelsMatchTheModel(i);
        }
        // One image for the whole clip, rewritten in place.
        assertThat(fx(() -> model.imageProperty().get())).isSameAs(first);
        logStats("in order");
    }

    @Test
    void randomFramesShowTheirOwnTime() throws Exception {
        openPlayer();
        Random random = new Random(20261120);
        for (int n = 0; n < 30; n++) {
            int index = random.nextInt(timeline.frameCount());
            fx(() -> {
                session.currentFrameProperty().set(index);
                return null;
            });
            awaitShown(index);
            assertShownPixelsMatchTheModel(index);
        }
        logStats("random");
    }

    @Test
    void aBurstOfRequestsEndsOnTheLastOne() throws Exception {
        openPlayer();
        Random random = new Random(7);
        // As a drag delivers them: one FX event each, without waiting for the frames.
        for (int n = 0; n < 150; n++) {
            int index = random.nextInt(timeline.frameCount());
            fx(() -> {
                model.seekWhileDragging(index);
                return null;
            });
        }
        fx(() -> {
            model.seekDone(17);
            return null;
        });
        awaitShown(17);
        assertShownPixelsMatchTheModel(17);
        // And all at once, in one FX event.
        fx(() -> {
            IntStream.range(0, 200).forEach(n -> model.seekWhileDragging(random.nextInt(timeline.frameCount())));
            model.seekDone(33);
            return null;
        });
        awaitShown(33);
        assertShownPixelsMatchTheModel(33);
        logStats("bursts");
    }

    @Test
    void requestsMadeDuringADecodeAreDroppedForTheLatest() throws Exception {
        ScriptedClip scripted = new ScriptedClip(clip.decoded(), true, index -> { });
        FramePresenter held = fx(() -> new FramePresenter(scripted));
        try {
            fx(() -> {
                held.show(5);
                return null;
            });
            assertThat(scripted.firstDecodeStarted.await(30, TimeUnit.SECONDS)).isTrue();
            fx(() -> {
                IntStream.rangeClosed(6, 40).forEach(held::show);
                held.show(42);
                return null;
            });
            scripted.releaseFirstDecode.countDown();
            awaitUntil(() -> held.settledProperty().get() && held.shownIndexProperty().get() == 42);
            assertThat(scripted.decoded).containsExactly(5, 42);
            assertThat(held.stats().requests()).isEqualTo(37);
            assertThat(held.stats().superseded()).isEqualTo(35);
            assertThat(stripOf(held.imageProperty().get())).isEqualTo(timeline.frame(42).exact());
        } finally {
            fx(() -> {
                held.close();
                return null;
            });
        }
    }

    @Test
    void aDragShowsThePreviewOfThatFrameAndItsEndTheFrameItself() throws Exception {
        openPlayer();
        Image frameImage = fx(() -> model.imageProperty().get());
        awaitPreviewsReady();
        fx(() -> {
            model.seekWhileDragging(12);
            model.seekWhileDragging(23);
            return null;
        });
        awaitUntil(() -> model.settledProperty().get() && model.shownIndexProperty().get() == 23
                && model.showingPreviewProperty().get());
        Image preview = fx(() -> model.imageProperty().get());
        assertThat(preview).isNotSameAs(frameImage);
        assertThat(preview.getWidth()).isEqualTo(clip.decoded().previewWidth());
        assertThat(preview.getHeight()).isEqualTo(clip.decoded().previewHeight());
        // The preview is that very frame, fewer pixels: its strip is the time the panel shows.
        assertShownPixelsMatchTheModel(23);
        assertThat(presenter.stats().previews()).isPositive();

        fx(() -> {
            model.seekDone(23); // released on the frame it previewed
            return null;
        });
        awaitUntil(() -> model.settledProperty().get() && !model.showingPreviewProperty().get());
        assertThat(fx(() -> model.imageProperty().get())).isSameAs(frameImage);
        assertShownPixelsMatchTheModel(23);

        // Keys after a drag: the frame itself at once.
        fx(() -> {
            model.seekWhileDragging(40);
            model.stepForward();
            return null;
        });
        awaitShown(41);
        assertThat(fx(() -> model.showingPreviewProperty().get())).isFalse();
        assertShownPixelsMatchTheModel(41);
        logStats("drag");
    }

    @Test
    void withoutPreviewsADragShowsTheFramesAndItsEndDecodesNothingMore() throws Exception {
        LoadedClip noPreviews = PlayerFootage.shared().load(PlayerFootage.WHOLE,
                DecoderSettings.defaults().withPreviewWidth(0));
        ScriptedClip scripted = new ScriptedClip(noPreviews.decoded(), false, index -> { });
        FramePresenter dragged = fx(() -> new FramePresenter(scripted));
        try {
            fx(() -> {
                dragged.preview(14);
                return null;
            });
            awaitUntil(() -> dragged.settledProperty().get() && dragged.shownIndexProperty().get() == 14);
            assertThat(fx(() -> dragged.showingPreviewProperty().get())).isFalse();
            assertThat(stripOf(fx(() -> dragged.imageProperty().get()))).isEqualTo(timeline.frame(14).exact());
            fx(() -> {
                dragged.show(14); // the drag ends there: that frame is on screen already
                return null;
            });
            assertThat(fx(() -> dragged.settledProperty().get())).isTrue();
            assertThat(scripted.decoded).containsExactly(14);
        } finally {
            fx(() -> {
                dragged.close();
                return null;
            });
            noPreviews.decoded().close();
        }
    }

    @Test
    void racingRequestsNeverPaintAPictureOfAnotherFrame() throws Exception {
        openPlayer();
        awaitPreviewsReady();
        List<String> wrong = new CopyOnWriteArrayList<>();
        // Every picture painted, frame or preview, must carry its own frame's strip.
        ChangeListener<Number> check = (obs, old, index) -> {
            Instant strip = ImageStrip.of(model.imageProperty().get());
            if (!strip.equals(timeline.frame(index.intValue()).exact())) {
                wrong.add("frame " + index + " showed " + strip);
            }
        };
        fx(() -> {
            model.shownIndexProperty().addListener(check);
            return null;
        });
        Random random = new Random(99);
        for (int n = 0; n < 400; n++) {
            int index = random.nextInt(timeline.frameCount());
            boolean drag = random.nextBoolean();
            // One FX event each, never waiting for a picture: requests, decodes and paints interleave in every order.
            fx(() -> {
                if (drag) {
                    model.seekWhileDragging(index);
                } else {
                    model.seekDone(index);
                }
                return null;
            });
        }
        fx(() -> {
            model.seekDone(29);
            return null;
        });
        awaitUntil(() -> model.settledProperty().get() && model.shownIndexProperty().get() == 29
                && !model.showingPreviewProperty().get());
        fx(() -> {
            model.shownIndexProperty().removeListener(check);
            return null;
        });
        assertShownPixelsMatchTheModel(29);
        assertThat(wrong).isEmpty();
        assertThat(presenter.buffersAllocated()).isLessThanOrEqualTo(FrameBuffers.COUNT);
        logStats("race");
    }

    @Test
    void aFrameThatFailsIsReportedAndTheNextOneClearsIt() throws Exception {
        ScriptedClip failing = new ScriptedClip(clip.decoded(), false, index -> {
            if (index == 7) {
                throw new IllegalStateException("cut short");
            }
        });
        FramePresenter presenter = fx(() -> new FramePresenter(failing));
        try {
            showAndWait(presenter, 6);
            showAndWait(presenter, 7);
            assertThat(fx(() -> presenter.failureProperty().get())).isEqualTo(new FrameDisplay.Failure(7, "cut short"));
            assertThat(fx(() -> presenter.shownIndexProperty().get())).isEqualTo(6);
            showAndWait(presenter, 8);
            assertThat(fx(() -> presenter.failureProperty().get())).isNull();
            assertThat(fx(() -> presenter.shownIndexProperty().get())).isEqualTo(8);
        } finally {
            fx(() -> {
                presenter.close();
                return null;
            });
        }
    }

    @Test
    void closingStopsTheDecodeThread() throws Exception {
        FramePresenter presenter = fx(() -> new FramePresenter(clip.decoded()));
        showAndWait(presenter, 1);
        assertThat(presenter.decoding()).isTrue();
        fx(() -> {
            presenter.close();
            presenter.show(2); // ignored
            return null;
        });
        assertThat(presenter.decoding()).isFalse();
        assertThat(fx(() -> presenter.shownIndexProperty().get())).isEqualTo(1);
    }

    private void showAndWait(FramePresenter presenter, int index) throws Exception {
        fx(() -> {
            presenter.show(index);
            return null;
        });
        awaitUntil(() -> presenter.settledProperty().get());
    }

    private void assertShownPixelsMatchTheModel(int index) throws Exception {
        Instant strip = stripOf(fx(() -> model.imageProperty().get()));
        assertThat(fx(() -> model.shownIndexProperty().get())).isEqualTo(index);
        assertThat(fx(() -> model.shownFrameProperty().get().exact())).as("frame %d", index).isEqualTo(strip);
        assertThat(fx(() -> model.frameInfoProperty().get().exactTime())).isEqualTo(JST.dateTime(strip) + " JST");
    }

    /** The time-code strip of the image as it is on screen. */
    private Instant stripOf(Image image) throws Exception {
        return fx(() -> ImageStrip.of(image));
    }

    /** The presenter starts the proxy with the first frame; a drag then finds every preview. */
    private void awaitPreviewsReady() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> clip.decoded().previewFramesReady() == timeline.frameCount());
    }

    private void awaitShown(int index) throws Exception {
        awaitUntil(() -> model.settledProperty().get() && model.shownIndexProperty().get() == index);
    }

    /** Waits for a condition read on the FX thread (no sleeping, no timing asserted). */
    private static void awaitUntil(BooleanSupplier onFx) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(onFx::getAsBoolean));
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
    }

    private void logStats(String what) {
        FramePresenter.Stats s = presenter.stats();
        log.info("Presenter, {}: {} requests, {} superseded, {} decoded (mean {} ms, max {} ms), {} previews,"
                + " {} painted (mean {} ms, max {} ms)", what, s.requests(), s.superseded(), s.decoded(),
                millis(s.decodeNanos(), s.decoded()), millis(s.maxDecodeNanos(), 1), s.previews(), s.painted(),
                millis(s.paintNanos(), s.painted()), millis(s.maxPaintNanos(), 1));
    }

    private static String millis(long nanos, long count) {
        return count == 0 ? "-" : String.format(Locale.ROOT, "%.2f", nanos / 1e6 / count);
    }
}
