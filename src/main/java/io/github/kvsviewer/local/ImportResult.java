package io.github.kvsviewer.local;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import java.util.Optional;

/**
 * What an import stored.
 *
 * @param producerRange the first and the last stored frame's producer time
 * @param startFrom where the first frame's producer time came from
 * @param reencoded why the video was re-encoded with openh264, empty when its H.264 was stored as it was
 * @param skippedFrames frames before the file's first IDR picture, which no decoder can show and are left out
 * @param audioLeftOut true when the file also had audio, which a video/h264 stream does not keep
 */
public record ImportResult(StreamInfo stream, long frames, int fragments, TimeRange producerRange,
        StartSource startFrom, String sourceCodec, Optional<String> reencoded, long skippedFrames,
        boolean audioLeftOut) {

    public enum StartSource {
        /** The caller's start time. */
        GIVEN,
        /** The container's creation_time metadata. */
        CREATION_TIME
    }
}
