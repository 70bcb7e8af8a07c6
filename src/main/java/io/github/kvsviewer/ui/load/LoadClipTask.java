package io.github.kvsviewer.ui.load;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.VideoArchive;
import io.github.kvsviewer.clip.ClipCheck;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.ClipProgress;
import io.github.kvsviewer.clip.ClipService;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.ui.LoadedClip;
import io.github.kvsviewer.ui.Messages;
import java.util.List;
import javafx.concurrent.Task;

/**
 * Plan → GetClip (bytes, part by part) → index and first frame, off the FX
 * thread. Cancelling stops the download between reads.
 */
final class LoadClipTask extends Task<LoadedClip> {

    private final VideoArchive archive;
    private final String stream;
    private final TimeRange requested;
    private final Messages messages;

    LoadClipTask(VideoArchive archive, String stream, TimeRange requested, Messages messages) {
        this.archive = archive;
        this.stream = stream;
        this.requested = requested;
        this.messages = messages;
    }

    @Override
    protected LoadedClip call() {
        updateMessage(messages.get("planning"));
        updateProgress(-1, 1);
        ClipService service = new ClipService(archive);
        ClipPlan plan = service.plan(stream, requested);
        long total = Math.max(1, plan.totalBytes());
        long[] before = new long[1];
        List<ClipBytes> parts = service.fetch(stream, plan, new ClipProgress() {
            private int currentPart = 1;

            @Override
            public void downloading(int part, int parts, long bytes, long expectedBytes) {
                if (part != currentPart) {
                    before[0] += plan.parts().get(currentPart - 1).bytes();
                    currentPart = part;
                }
                updateProgress(Math.min(total, before[0] + bytes), total);
                updateMessage(parts > 1
                        ? messages.get("downloadingPart", part, parts, megabytes(before[0] + bytes), megabytes(total))
                        : messages.get("downloading", megabytes(bytes), megabytes(total)));
            }

            @Override
            public void waiting(String reason) {
                updateMessage(reason);
            }

            @Override
            public boolean isCancelled() {
                return LoadClipTask.this.isCancelled();
            }
        });
        if (isCancelled()) {
            throw new ArchiveException(ArchiveException.Kind.CANCELLED, messages.get("cancelled"));
        }
        updateMessage(messages.get("decoding"));
        updateProgress(-1, 1);
        DecodedClip decoded = ClipDecoder.open(parts);
        try {
            // The first frame is decoded here, so the window shows it at once.
            decoded.displayFrame(0);
            return new LoadedClip(stream, plan, decoded, ClipCheck.differences(plan, decoded.timeline()));
        } catch (RuntimeException e) {
            decoded.close();
            throw e;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1e6);
    }
}
