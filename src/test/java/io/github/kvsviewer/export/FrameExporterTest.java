package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports real decoded frames and reads every file back: pictures, time codes, names and the CSV agree. */
class FrameExporterTest extends ExportClipTest {

    @TempDir
    Path out;

    @Test
    void everyThirdFrameAsPngOnABackgroundThread() throws Exception {
        assertThat(clip.timeline().frameCount()).isEqualTo(ExportFootage.FRAMES);
        Path folder = out.resolve("evidence/2026-11-20"); // does not exist yet
        List<int[]> updates = new CopyOnWriteArrayList<>();
        ExportProgress progress = new ExportProgress() {
            @Override
            public void update(int framesDone, int framesTotal) {
                updates.add(new int[] {framesDone, framesTotal});
            }
        };

        ExecutorService worker = Executors.newSingleThreadExecutor();
        ExportResult result;
        try {
            result = CompletableFuture.supplyAsync(() -> FrameExporter.export(clip, ExportFootage.STREAM,
                    FrameSelection.everyNth(3), ExportOptions.png(folder), progress), worker).join();
        } finally {
            worker.shutdown();
        }

        List<Integer> everyThird = IntStream.iterate(0, i -> i < ExportFootage.FRAMES, i -> i + 3).boxed().toList();
        assertThat(result.frames()).extracting(ExportedFrame::index).isEqualTo(everyThird);
        assertThat(result.count()).isEqualTo(17).isEqualTo(result.selected());
        assertThat(result.cancelled()).isFalse();
        assertThat(result.csv()).get().extracting(p -> p.getFileName().toString())
                .isEqualTo("cafe-shelf-1_20261120T100000.250+0900_frames.csv");
        ExportChecks.verify(result, clip, "png", "");
        assertThat(result.frames().get(1).file().getFileName())
                .hasToString("cafe-shelf-1_20261120T100000.550+0900_f0003.png");
        assertThat(ExportChecks.listing(folder)).hasSize(18).noneMatch(name -> name.startsWith("."));
        assertThat(updates).extracting(u -> u[0]).isEqualTo(IntStream.rangeClosed(0, 17).boxed().toList());
        assertThat(updates).extracting(u -> u[1]).containsOnly(17);
    }

    @Test
    void someFramesAsJpegInAnyOrderComeOutInFrameOrder() throws Exception {
        ExportResult result = FrameExporter.export(clip, ExportFootage.STREAM, FrameSelection.indices(49, 0, 25, 10),
                ExportOptions.jpeg(out), ExportProgress.NONE);

        assertThat(result.frames()).extracting(ExportedFrame::index).containsExactly(0, 10, 25, 49);
        ExportChecks.verify(result, clip, "jpg", "");
        assertThat(Files.readAllBytes(result.frames().get(0).file())).startsWith(0xFF, 0xD8, 0xFF); // a JPEG
    }

    @Test
    void jpegQualityIsApplied() throws Exception {
        FrameSelection frame = FrameSelection.indices(25);
        ExportResult low = FrameExporter.export(clip, ExportFootage.STREAM, frame,
                ExportOptions.jpeg(out.resolve("low")).withJpegQuality(0.2f), ExportProgress.NONE);
        ExportResult high = FrameExporter.export(clip, ExportFootage.STREAM, frame,
                ExportOptions.jpeg(out.resolve("high")).withJpegQuality(0.98f), ExportProgress.NONE);

        long lowBytes = Files.size(low.frames().get(0).file());
        long highBytes = Files.size(high.frames().get(0).file());
        assertThat(highBytes).isGreaterThan(2 * lowBytes);
        // even at 0.2 the time code survives: it is made of big black and white squares
        ExportChecks.verify(low, clip, "jpg", "");
    }

    @Test
    void everyFrameAsJpegSortsInTimeOrder() throws Exception {
        ExportResult result = FrameExporter.export(clip, ExportFootage.STREAM, FrameSelection.all(),
                ExportOptions.jpeg(out), ExportProgress.NONE);

        assertThat(result.count()).isEqualTo(ExportFootage.FRAMES);
        ExportChecks.verify(result, clip, "jpg", "");
        List<String> pictures = ExportChecks.listing(out).stream().filter(n -> n.endsWith(".jpg")).toList();
        assertThat(pictures).isEqualTo(result.files().stream().map(p -> p.getFileName().toString()).toList());
    }
}
