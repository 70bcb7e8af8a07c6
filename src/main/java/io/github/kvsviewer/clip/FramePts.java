package io.github.kvsviewer.clip;

/** A decoded frame's presentation time on the clip's own timeline (microseconds) and whether it is a keyframe. */
public record FramePts(long ptsMicros, boolean keyframe) {
}
