package io.github.kvsviewer.bench;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.export.ExportOptions;
import io.github.kvsviewer.export.ExportProgress;
import io.github.kvsviewer.export.ExportResult;
import io.github.kvsviewer.export.FrameExporter;
import io.github.kvsviewer.export.FrameSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames to files as the export command writes them (decode at full resolution,
 * encode, atomic write, CSV): a run of consecutive frames from the middle of the
 * clip, once as JPEG and once as PNG, each into a new folder.
 */
final class ExportBench {

    private static final int WARM_UP_FRAMES = 5;

    private final ClipBytes clip;
    private final Path folder;
    private final FigureReport report;

    ExportBench(ClipBytes clip, Path folder, FigureReport report) {
        this.clip = clip;
        this.folder = folder;
        this.report = report;
    }

    /** After a warm-up export of a few frames in each format (the encoders' first use loads and compiles code). */
    void run(int frames) {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            int count = decoded.timeline().frameCount();
            List<Integer> warmUp = run(0, Math.min(WARM_UP_FRAMES, count));
            rate(decoded, warmUp, ExportOptions.jpeg(folder.resolve("warm-up")));
            rate(decoded, warmUp, ExportOptions.png(folder.resolve("warm-up")));
            int first = Math.max(0, count / 2 - frames / 2);
            List<Integer> indices = run(first, Math.min(first + frames, count));
            report.add(Figure.of("export_jpeg_fps", rate(decoded, indices, ExportOptions.jpeg(folder.resolve("jpeg"))),
                    "fps"));
            report.add(Figure.of("export_png_fps", rate(decoded, indices, ExportOptions.png(folder.resolve("png"))),
                    "fps"));
        }
    }

    private static List<Integer> run(int from, int to) {
        List<Integer> indices = new ArrayList<>();
        for (int i = from; i < to; i++) {
            indices.add(i);
        }
        return indices;
    }

    private static double rate(DecodedClip clip, List<Integer> indices, ExportOptions options) {
        long started = System.nanoTime();
        ExportResult result = FrameExporter.export(clip, "bench", FrameSelection.indices(indices), options,
                ExportProgress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        return result.count() / seconds;
    }
}
