package io.github.kvsviewer.clip;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import io.github.kvsviewer.archive.TransferListener;
import io.github.kvsviewer.archive.VideoArchive;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * From "this stream, this range" to the MP4 bytes of everything GetClip returns
 * for it: list the fragments, plan, then one GetClip call per part.
 */
public final class ClipService {

    /** GetClip refuses ranges longer than this. */
    public static final Duration MAX_RANGE = Duration.ofHours(24);

    private final VideoArchive archive;
    private final ClipPlanner planner = new ClipPlanner();

    public ClipService(VideoArchive archive) {
        this.archive = archive;
    }

    /** Lists the fragments around the request and predicts what comes back, before any download. */
    public ClipPlan plan(String stream, TimeRange requested) {
        if (requested.duration().compareTo(MAX_RANGE) > 0) {
            throw new ArchiveException(ArchiveException.Kind.INVALID_RANGE,
                    "The range is longer than 24 hours, which Kinesis Video Streams cannot return as one clip. "
                            + "Choose a shorter range.");
        }
        List<Fragment> around = archive.listFragments(stream, ClipPlanner.listingRange(requested), TimestampKind.PRODUCER);
        return planner.plan(requested, around);
    }

    /** Downloads every part of the plan, in order. */
    public List<ClipBytes> fetch(String stream, ClipPlan plan, ClipProgress progress) {
        if (plan.isEmpty()) {
            throw new ArchiveException(ArchiveException.Kind.NO_FOOTAGE, "No footage of '" + stream
                    + "' starts in this range" + (plan.aligned().isPresent()
                            ? ". A fragment that began just before it covers the start: align the range to include it."
                            : ". Choose another range; the footage map shows where footage exists."));
        }
        List<ClipBytes> parts = new ArrayList<>();
        int count = plan.parts().size();
        for (int i = 0; i < count; i++) {
            ClipPart part = plan.parts().get(i);
            int number = i + 1;
            parts.add(archive.getClip(stream, part.range(), TimestampKind.PRODUCER, part.fragments(),
                    new TransferListener() {
                        @Override
                        public void bytesReceived(long received, long expectedTotal) {
                            progress.downloading(number, count, received, expectedTotal);
                        }

                        @Override
                        public void waiting(String reason) {
                            progress.waiting(reason);
                        }

                        @Override
                        public boolean isCancelled() {
                            return progress.isCancelled();
                        }
                    }));
        }
        return parts;
    }
}
