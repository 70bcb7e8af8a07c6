package io.github.kvsviewer.decode;

import io.github.kvsviewer.clip.FramePts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Every frame of one GetClip MP4 in presentation order: its PTS and whether it is
 * a keyframe, as the packet scan found them.
 *
 * <p>PTS are in microseconds computed exactly as JavaCV computes
 * {@code Frame.timestamp} ({@code 1000000 * pts * num / den}, truncated), so a
 * decoded frame is recognised by plain equality. Seek targets are relative to the
 * video stream's start time, as {@code setVideoTimestamp} expects them.
 */
final class PartIndex {

    private final long[] ptsMicros;
    private final BitSet keyframes;
    private final long seekOriginMicros;
    private final int width;
    private final int height;

    /**
     * @param ptsMicros strictly increasing
     * @param keyframes bit i set when frame i is a keyframe
     */
    PartIndex(long[] ptsMicros, BitSet keyframes, long seekOriginMicros, int width, int height) {
        if (ptsMicros.length == 0) {
            throw new IllegalArgumentException("an index needs at least one frame");
        }
        for (int i = 1; i < ptsMicros.length; i++) {
            if (ptsMicros[i] <= ptsMicros[i - 1]) {
                throw new IllegalArgumentException("PTS not strictly increasing at frame " + i);
            }
        }
        this.ptsMicros = ptsMicros.clone();
        this.keyframes = (BitSet) keyframes.clone();
        this.seekOriginMicros = seekOriginMicros;
        this.width = width;
        this.height = height;
    }

    int frameCount() {
        return ptsMicros.length;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    long ptsMicros(int frame) {
        return ptsMicros[frame];
    }

    boolean isKeyframe(int frame) {
        return keyframes.get(frame);
    }

    int keyframeCount() {
        return keyframes.cardinality();
    }

    /** The last keyframe at or before {@code frame}; 0 when there is none (decoding starts there anyway). */
    int keyframeAtOrBefore(int frame) {
        return Math.max(keyframes.previousSetBit(frame), 0);
    }

    /** The frame whose PTS is exactly {@code micros}, or -1. */
    int frameAt(long micros) {
        int found = Arrays.binarySearch(ptsMicros, micros);
        return found >= 0 ? found : -1;
    }

    /**
     * The middle of the frame's display interval, relative to the stream start: a
     * seek there cannot land on a neighbour through microsecond rounding.
     */
    long midFrameSeekTarget(int frame) {
        return ptsMicros[frame] - seekOriginMicros + halfInterval(frame);
    }

    /** The frame's own PTS, relative to the stream start. */
    long exactSeekTarget(int frame) {
        return ptsMicros[frame] - seekOriginMicros;
    }

    /** The frames as {@link io.github.kvsviewer.clip.FrameTimes} takes them. */
    List<FramePts> framePts() {
        List<FramePts> frames = new ArrayList<>(ptsMicros.length);
        for (int i = 0; i < ptsMicros.length; i++) {
            frames.add(new FramePts(ptsMicros[i], keyframes.get(i)));
        }
        return frames;
    }

    /**
     * Half the shorter spacing to a neighbour: next to a gap, the spacing across the
     * gap says nothing about how long a frame lasts, and JavaCV's seek judges by the
     * frame rate.
     */
    private long halfInterval(int frame) {
        long interval = Long.MAX_VALUE;
        if (frame + 1 < ptsMicros.length) {
            interval = ptsMicros[frame + 1] - ptsMicros[frame];
        }
        if (frame > 0) {
            interval = Math.min(interval, ptsMicros[frame] - ptsMicros[frame - 1]);
        }
        return interval == Long.MAX_VALUE ? 1 : Math.max(interval / 2, 1);
    }
}
