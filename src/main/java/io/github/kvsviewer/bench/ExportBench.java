package io.github.kvsviewer.bench;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.export.ExportOptions;
import io.github.kvsviewer.export.ExportProgress;
import io.github.kvsviewer.export.ExportResult;
import io.github.kvsviewer.export.FrameExporter;
import io.github.kvsviewer.export.FrameSelection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames to files as the export command writes them (decode at full resolution,
 * encode, atomic write, CSV): a run of consecutive frames from the middle of the
 * clip, once as JPEG and once as PNG, each into a new folder.
 */
final class ExportBench {

    private final ClipBytes clip;
    private final Path folder;
    private final FigureReport report;

    ExportBench(ClipBytes clip, Path folder, FigureReport report) {
        this.clip = clip;
        this.folder = folder;
        this.report = report;
    }

    void run(int frames) throws IOException {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            int first = Math.max(0, decoded.timeline().frameCount() / 2 - frames / 2);
            List<Integer> indices = new ArrayList<>();
            for (int i = first; i < Math.min(first + frames, decoded.timeline().frameCount()); i++) {
                indices.add(i);
            }
            report.add(Figure.of("export_jpeg_fps", rate(decoded, indices, ExportOptions.jpeg(folder.resolve("jpeg"))),
                    "fps"));
            report.add(Figure.of("export_png_fps", rate(decoded, indices, ExportOptions.png(folder.resolve("png"))),
                    "fps"));
        }
    }

    private static double rate(DecodedClip clip, List<Integer> indices, ExportOptions options) {
        long started = System.nanoTime();
        ExportResult result = FrameExporter.export(clip, "bench", FrameSelection.indices(indices), options,
                ExportProgress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        return result.count() / seconds;
    }
}
