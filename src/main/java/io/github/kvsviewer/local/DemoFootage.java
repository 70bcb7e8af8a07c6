package io.github.kvsviewer.local;

import java.io.IOException;
import java.util.List;

/** Synthetic shelf-camera footage for the local archive. (stub: helper A implements) */
public final class DemoFootage {

    /** Reports generation progress: done and total frames over all streams being generated. */
    public interface Progress {
        void update(String stream, long framesDone, long framesTotal);
    }

    private DemoFootage() {
    }

    /** The three demo streams of the product (cafe-shelf-1, cafe-shelf-2, cafe-entrance). */
    public static List<DemoStreamSpec> standardStreams() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Makes sure each spec'd stream exists in the store, complete and intact; generates
     * (or regenerates) those that are missing or damaged. Streams are encoded in parallel.
     */
    public static void ensure(FragmentStore store, String region, List<DemoStreamSpec> specs, Progress progress)
            throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
