package io.github.kvsviewer.local;

/**
 * One encoded H.264 picture as stored: AVCC (length-prefixed NAL units, as MP4
 * and Matroska carry them), its time in milliseconds after the fragment's
 * producer start, and whether it is a keyframe.
 */
public record AccessUnit(int offsetMillis, boolean keyframe, byte[] data) {
}
