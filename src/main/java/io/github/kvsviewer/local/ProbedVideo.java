package io.github.kvsviewer.local;

import java.util.Optional;

/**
 * What a first pass over a video file found, before anything is stored.
 *
 * @param streamIndex the video stream's index in the container
 * @param codec FFmpeg's name for the video codec ("h264", "mpeg4", ...)
 * @param frameRate the container's average frame rate, 0 when unknown; a hint for the encoder only
 * @param frames video packets in the file
 * @param outOfOrder true when presentation times go back somewhere (B-frames)
 * @param creationTime the container's creation_time metadata as written, if any
 * @param reencodeReason why the video cannot be stored as it is, empty when it can
 */
record ProbedVideo(int streamIndex, String codec, int width, int height, double frameRate, long frames,
        boolean outOfOrder, boolean audio, Optional<String> creationTime, Optional<String> reencodeReason) {
}
