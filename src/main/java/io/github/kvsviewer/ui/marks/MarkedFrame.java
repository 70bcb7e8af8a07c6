package io.github.kvsviewer.ui.marks;

import io.github.kvsviewer.clip.FrameTime;

/** A frame the user marked as evidence, with its exact producer time. */
public record MarkedFrame(int index, FrameTime time) {
}
