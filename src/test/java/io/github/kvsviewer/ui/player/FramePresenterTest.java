package io.github.kvsviewer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.decode.DisplayFrame;
import io.github.kvsviewer.local.TimeCodeStrip;
import io.github.kvsviewer.ui.LoadedClip;
import io.github.kvsviewer.ui.SessionModel;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
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
        ScriptedClip scripted = new ScriptedClip(clip.decoded(), true, index -> null);
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
    void aFrameOfAnotherSizeReplacesTheImageAndItsStrideIsHonoured() throws Exception {
        int width = 96;
        int height = 54;
        int stride = width * 4 + 64; // padded rows, as JavaCV pads them
        byte[] pixels = new byte[stride * height];
        Arrays.fill(pixels, (byte) 0x7F); // the padding: must never show
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int at = y * stride + x * 4;
                pixels[at] = (byte) x; // blue
                pixels[at + 1] = (byte) y; // green
                pixels[at + 2] = (byte) 200; // red
                pixels[at + 3] = (byte) 0xFF;
            }
        }
        DisplayFrame small = new DisplayFrame(3, width, height, stride, ByteBuffer.wrap(pixels).asReadOnlyBuffer());
        ScriptedClip scripted = new ScriptedClip(clip.decoded(), false, index -> index == 3 ? small : null);
        FramePresenter sized = fx(() -> new FramePresenter(scripted));
        try {
            showAndWait(sized, 2);
            Image big = fx(() -> sized.imageProperty().get());
            assertThat(big.getWidth()).isEqualTo(480);
            showAndWait(sized, 3);
            Image replaced = fx(() -> sized.imageProperty().get());
            assertThat(replaced).isNotSameAs(big);
            assertThat(replaced.getWidth()).isEqualTo(width);
            int[] argb = fx(() -> {
                int[] read = new int[width * height];
                replaced.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), read, 0, width);
                return read;
            });
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    assertThat(argb[y * width + x]).isEqualTo(0xFF000000 | 200 << 16 | y << 8 | x);
                }
            }
        } finally {
            fx(() -> {
                sized.close();
                return null;
            });
        }
    }

    @Test
    void aFrameThatFailsIsReportedAndTheNextOneClearsIt() throws Exception {
        ScriptedClip failing = new ScriptedClip(clip.decoded(), false, index -> {
            if (index == 7) {
                throw new IllegalStateException("cut short");
            }
            return null;
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
        return fx(() -> {
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            byte[] pixels = new byte[width * height * 4];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getByteBgraPreInstance(), pixels, 0,
                    width * 4);
            return Instant.ofEpochMilli(TimeCodeStrip.readBgra(ByteBuffer.wrap(pixels), width, height, width * 4));
        });
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
        log.info("Presenter, {}: {} requests, {} superseded, {} decoded (mean {} ms, max {} ms), {} painted"
                + " (mean {} ms, max {} ms)", what, s.requests(), s.superseded(), s.decoded(),
                millis(s.decodeNanos(), s.decoded()), millis(s.maxDecodeNanos(), 1), s.painted(),
                millis(s.paintNanos(), s.painted()), millis(s.maxPaintNanos(), 1));
    }

    private static String millis(long nanos, long count) {
        return count == 0 ? "-" : String.format(Locale.ROOT, "%.2f", nanos / 1e6 / count);
    }
}
