package io.github.kvsviewer.decode;

import io.github.kvsviewer.decode.UnplayableMedia.PartLabel;

/**
 * One GetClip MP4 of a clip, as the decoder keeps it: the bytes (shared by every
 * grabber on them, never copied), its frame index, and where its frames start in
 * the clip's numbering.
 */
record ClipPart(byte[] mp4, PartIndex index, int firstFrame, PartLabel label) {

    int frameCount() {
        return index.frameCount();
    }

    boolean contains(int clipIndex) {
        return clipIndex >= firstFrame && clipIndex < firstFrame + index.frameCount();
    }
}
