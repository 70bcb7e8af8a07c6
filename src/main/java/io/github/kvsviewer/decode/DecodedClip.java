package io.github.kvsviewer.decode;

import io.github.kvsviewer.clip.ClipTimeline;
import java.awt.image.BufferedImage;

/**
 * A loaded clip, decoded on demand from the MP4 bytes in memory (stub: the decode helper implements).
 */
public interface DecodedClip extends AutoCloseable {

    /** Frame count, producer time of every frame, and the range the clip really covers. */
    ClipTimeline timeline();

    int width();

    int height();

    /** The frame for display (BGRA). Sequential access is the fast path; any index works. */
    DisplayFrame displayFrame(int index);

    /** The frame at full resolution for export, as a TYPE_3BYTE_BGR image the caller owns. */
    BufferedImage exportImage(int index);

    @Override
    void close();
}
