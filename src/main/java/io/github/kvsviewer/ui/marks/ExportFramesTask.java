package io.github.kvsviewer.ui.marks;

import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.export.ExportOptions;
import io.github.kvsviewer.export.ExportProgress;
import io.github.kvsviewer.export.ExportResult;
import io.github.kvsviewer.export.FrameExporter;
import io.github.kvsviewer.export.FrameSelection;
import javafx.concurrent.Task;

/** Writes the chosen frames and their CSV off the FX thread; cancelling keeps what was written. */
final class ExportFramesTask extends Task<ExportResult> {

    private final DecodedClip clip;
    private final String stream;
    private final FrameSelection selection;
    private final ExportOptions options;

    ExportFramesTask(DecodedClip clip, String stream, FrameSelection selection, ExportOptions options) {
        this.clip = clip;
        this.stream = stream;
        this.selection = selection;
        this.options = options;
    }

    @Override
    protected ExportResult call() {
        return FrameExporter.export(clip, stream, selection, options, new ExportProgress() {
            @Override
            public void update(int framesDone, int framesTotal) {
                updateProgress(framesDone, framesTotal);
            }

            @Override
            public boolean isCancelled() {
                return ExportFramesTask.this.isCancelled();
            }
        });
    }
}
