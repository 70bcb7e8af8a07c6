package io.github.kvsviewer.archive;

import java.util.List;

/**
 * What one GetClip call returned: the MP4 in memory (clips are decoded from
 * memory, never from temp files), the range asked for, and the fragments the
 * listing said the clip would hold, in order.
 */
public record ClipBytes(byte[] mp4, TimeRange requested, List<Fragment> expectedFragments) {

    public ClipBytes {
        expectedFragments = List.copyOf(expectedFragments);
    }
}
