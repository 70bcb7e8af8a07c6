package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipPart;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.ClipPlanner;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.local.ClipMuxer;
import io.github.kvsviewer.local.ClipSegment;
import io.github.kvsviewer.local.DemoFootage;
import io.github.kvsviewer.local.DemoStreamSpec;
import io.github.kvsviewer.local.FragmentStore;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;

/**
 * Figures for the frame presenter on the FX thread (headless, software pipeline):
 * request-to-painted time for steps forward and back, random seeks, and a 60 Hz
 * drag over the whole clip. Informational only; run by hand:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) -Dglass.platform=Monocle \
 *     -Dmonocle.platform=Headless -Dprism.order=sw io.github.kvsviewer.ui.player.PlayerBench 1280 720 15
 * </pre>
 */
public final class PlayerBench {

    private PlayerBench() {
    }

    public static void main(String[] args) throws Exception {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 1280;
        int height = args.length > 1 ? Integer.parseInt(args[1]) : 720;
        int fps = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Instant start = Instant.parse("2026-11-20T01:00:00.250Z");
        DemoStreamSpec spec = new DemoStreamSpec("bench", width, height, fps, Duration.ofSeconds(2), start,
                Duration.ofSeconds(20), List.of());
        Path dir = Files.createTempDirectory("player-bench");
        FragmentStore store = FragmentStore.open(dir);
        DemoFootage.ensure(store, "ap-northeast-1", List.of(spec), (s, done, total) -> { });
        ClipPlan plan = new ClipPlanner().plan(new TimeRange(start, start.plusSeconds(20)), store.fragments("bench"));
        List<ClipBytes> parts = new ArrayList<>();
        for (ClipPart part : plan.parts()) {
            List<ClipSegment> segments = new ArrayList<>();
            for (Fragment f : part.fragments()) {
                segments.add(new ClipSegment(f.producerTime(), store.readMedia("bench", f.number())));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ClipMuxer.write(segments.iterator(), out);
            parts.add(new ClipBytes(out.toByteArray(), part.range(), part.fragments()));
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (DecodedClip clip = ClipDecoder.open(parts)) {
            int n = clip.timeline().frameCount();
            FramePresenter presenter = onFx(() -> new FramePresenter(clip));
            System.out.printf(Locale.ROOT, "%dx%d, %d fps, %d frames%n", width, height, fps, n);
            showAndWait(presenter, 0);
            double[] forward = new double[Math.min(n - 1, 120)];
            for (int i = 1; i <= forward.length; i++) {
                forward[i - 1] = showAndWait(presenter, i);
            }
            report("step forward", forward);
            double[] back = new double[forward.length - 1];
            for (int i = forward.length - 1; i >= 1; i--) {
                back[forward.length - 1 - i] = showAndWait(presenter, i - 1);
            }
            report("step back", back);
            Random random = new Random(1);
            double[] seeks = new double[40];
            for (int i = 0; i < seeks.length; i++) {
                seeks[i] = showAndWait(presenter, random.nextInt(n));
            }
            report("random seek", seeks);
            drag(presenter, n);
            FramePresenter.Stats s = presenter.stats();
            System.out.printf(Locale.ROOT, "paint (setPixels) mean %.2f ms, max %.2f ms over %d frames%n",
                    s.paintNanos() / 1e6 / s.painted(), s.maxPaintNanos() / 1e6, s.painted());
            onFx(() -> {
                presenter.close();
                return null;
            });
        } finally {
            Platform.exit();
        }
    }

    /**
     * A drag across the whole clip in 2 s at 60 Hz, previews as the scrubber asks for
     * them: how far behind the picture is, and the settle on the exact frame after release.
     */
    private static void drag(FramePresenter presenter, int n) throws Exception {
        showAndWait(presenter, 0);
        long paintedBefore = presenter.stats().painted();
        long previewsBefore = presenter.stats().previews();
        int steps = 120;
        double behind = 0;
        long began = System.nanoTime();
        for (int k = 1; k <= steps; k++) {
            int index = (int) Math.round((double) (n - 1) * k / steps);
            long due = began + k * 16_666_667L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int shown = onFx(() -> {
                presenter.preview(index);
                return presenter.shownIndexProperty().get();
            });
            behind += index - shown;
        }
        double settle = showAndWait(presenter, n - 1);
        System.out.printf(Locale.ROOT, "drag over %d frames in 2 s at 60 Hz: %d pictures painted (%d previews),"
                + " on average %.1f frames behind the mouse, %.1f ms to the exact frame after release%n", n,
                presenter.stats().painted() - paintedBefore, presenter.stats().previews() - previewsBefore,
                behind / steps, settle);
    }

    /** Request to painted, in ms. */
    private static double showAndWait(FramePresenter presenter, int index) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] began = new long[1];
        onFx(() -> {
            ChangeListener<Boolean> listener = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (now) {
                        presenter.settledProperty().removeListener(this);
                        done.countDown();
                    }
                }
            };
            presenter.settledProperty().addListener(listener);
            began[0] = System.nanoTime();
            presenter.show(index);
            return null;
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("frame " + index + " never came");
        }
        return (System.nanoTime() - began[0]) / 1e6;
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-12s mean %6.1f ms, median %6.1f ms, p90 %6.1f ms, max %6.1f ms (%d)%n", what,
                Arrays.stream(millis).average().orElse(0), sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)], sorted[sorted.length - 1], sorted.length);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
