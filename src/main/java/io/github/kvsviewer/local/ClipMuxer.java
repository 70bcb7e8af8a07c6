package io.github.kvsviewer.local;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/** Packages stored fragments as one MP4 for GetClip. (stub: helper A implements) */
public final class ClipMuxer {

    private ClipMuxer() {
    }

    /**
     * Writes the segments, in order, as one fragmented MP4 to {@code out}: the stored
     * H.264 remuxed without re-encoding, time 0 at the first segment's producer start,
     * gaps between segments kept. Segments are pulled one at a time, so a long clip is
     * never held in memory whole.
     */
    public static void write(Iterator<ClipSegment> segments, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
