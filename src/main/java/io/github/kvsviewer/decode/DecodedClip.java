package io.github.kvsviewer.decode;

import io.github.kvsviewer.clip.ClipTimeline;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A loaded clip, decoded on demand from the MP4 bytes in memory.
 *
 * <p>Every frame handed out is exactly the frame of its index: the decoder checks
 * each decoded picture's timestamp against the clip's frame index, and throws
 * rather than hand out a neighbour.
 *
 * <p>Threads: {@link #displayFrame} and {@link #exportImage} / {@link #exportPicture}
 * use separate decoders and may be called at the same time from two threads (say
 * the UI's decode thread and an export thread); concurrent calls of the same path
 * wait for each other.
 * {@link #close()} waits for calls in progress; calls after it throw
 * {@link IllegalStateException}.
 */
public interface DecodedClip extends AutoCloseable {

    /** Frame count, producer time of every frame, and the range the clip really covers. */
    ClipTimeline timeline();

    /** The picture size of the clip's first part; every display frame has it. */
    int width();

    int height();

    /**
     * The frame for display (BGRA). The next frame after the last one asked for is
     * the fast path (one decode); recently shown frames come from a cache; any other
     * index seeks. Stepping backward decodes the run back to the keyframe once into
     * the cache (as much of it as half the cache holds).
     *
     * @throws IndexOutOfBoundsException outside {@code 0 .. frameCount - 1}
     * @throws io.github.kvsviewer.archive.ArchiveException of kind UNPLAYABLE_MEDIA when
     *     the frame cannot be decoded
     */
    DisplayFrame displayFrame(int index);

    /**
     * The same pixels as {@link #displayFrame}, written into {@code target} from its
     * index 0 (absolute: position and limit untouched), rows {@code 4 * width()}
     * bytes apart. The path for a player that copies each frame into its own picture
     * anyway: it allocates nothing and, with a direct buffer, the decoder's converter
     * writes straight into it (one full-frame copy less than {@code displayFrame}).
     * Frames read this way are not kept in the cache, since the caller has them.
     *
     * @throws IllegalArgumentException when {@code target} is read-only or smaller
     *     than {@code 4 * width() * height()} bytes
     * @throws IndexOutOfBoundsException outside {@code 0 .. frameCount - 1}
     * @throws io.github.kvsviewer.archive.ArchiveException of kind UNPLAYABLE_MEDIA when
     *     the frame cannot be decoded
     */
    default void displayFrameInto(int index, ByteBuffer target) {
        DisplayFrame frame = displayFrame(index);
        int bytes = frame.stride() * frame.height();
        if (target.isReadOnly() || target.capacity() < bytes) {
            throw new IllegalArgumentException("the target must be writable and hold " + bytes + " bytes");
        }
        target.put(0, frame.bgra(), 0, bytes);
    }

    /**
     * The frame at full resolution for export, as a TYPE_3BYTE_BGR image the caller
     * owns.
     *
     * @throws IndexOutOfBoundsException outside {@code 0 .. frameCount - 1}
     * @throws io.github.kvsviewer.archive.ArchiveException of kind UNPLAYABLE_MEDIA when
     *     the frame cannot be decoded
     */
    BufferedImage exportImage(int index);

    /**
     * The frame at full resolution for a JPEG export, as the decoder made it (YUV,
     * not converted to BGR): a picture the caller owns and closes, which may be
     * handed to another thread. Shares the export decoder with {@link #exportImage}.
     * The default copies {@link #exportImage}'s pixels.
     *
     * @throws IndexOutOfBoundsException outside {@code 0 .. frameCount - 1}
     * @throws io.github.kvsviewer.archive.ArchiveException of kind UNPLAYABLE_MEDIA when
     *     the frame cannot be decoded
     */
    default DecodedPicture exportPicture(int index) {
        return DecodedPicture.copyOf(exportImage(index));
    }

    /**
     * A small picture of exactly this frame for scrubbing (BGRA, 480 wide by default),
     * in well under a millisecond or two: every frame downscaled and kept as a JPEG in
     * memory (a preview proxy), built on a background thread once the first preview
     * is asked for. Empty while the proxy has not reached the frame, whose keyframe
     * run is then built next: show the last preview or {@link #displayFrame} meanwhile.
     * Empty always when the settings ask for no previews. May be called from any thread.
     *
     * @throws IndexOutOfBoundsException outside {@code 0 .. frameCount - 1}
     */
    default Optional<DisplayFrame> previewFrame(int index) {
        return Optional.empty();
    }

    /**
     * As {@link #previewFrame}, written into {@code target} (BGRA, rows
     * {@code 4 * previewWidth()} bytes apart, from index 0) instead of a new array:
     * a scrubber that copies each preview into its own picture allocates nothing.
     *
     * @return false, with {@code target} untouched, when there is no preview of the frame yet
     * @throws IllegalArgumentException when {@code target} is read-only or smaller than
     *     {@code 4 * previewWidth() * previewHeight()} bytes
     * @throws IndexOutOfBoundsException outside {@code 0 .. frameCount - 1}
     */
    default boolean previewFrameInto(int index, ByteBuffer target) {
        Optional<DisplayFrame> frame = previewFrame(index);
        if (frame.isEmpty()) {
            return false;
        }
        int bytes = frame.get().stride() * frame.get().height();
        if (target.isReadOnly() || target.capacity() < bytes) {
            throw new IllegalArgumentException("the target must be writable and hold " + bytes + " bytes");
        }
        target.put(0, frame.get().bgra(), 0, bytes);
        return true;
    }

    /** The width of every preview; 0 when the settings ask for none. */
    default int previewWidth() {
        return 0;
    }

    /** The height of every preview (the clip's aspect, rounded to even); 0 when there are none. */
    default int previewHeight() {
        return 0;
    }

    /** Frames whose preview is ready: {@code timeline().frameCount()} once the proxy is complete. */
    default int previewFramesReady() {
        return 0;
    }

    /** Frees every decoder and cached frame. */
    @Override
    void close();
}
