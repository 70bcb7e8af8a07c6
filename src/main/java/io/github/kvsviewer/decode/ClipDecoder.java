package io.github.kvsviewer.decode;

import io.github.kvsviewer.archive.ClipBytes;
import java.util.List;

/** Opens the MP4s of a clip's GetClip calls as one decoded clip (stub: the decode helper implements). */
public final class ClipDecoder {

    private ClipDecoder() {
    }

    /**
     * One packet scan per part builds the index of every frame (PTS, keyframe);
     * frame times come from {@link io.github.kvsviewer.clip.FrameTimes} with each
     * part's expected fragments.
     */
    public static DecodedClip open(List<ClipBytes> parts) {
        throw new UnsupportedOperationException("not yet");
    }
}
