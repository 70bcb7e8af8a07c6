package io.github.kvsviewer.local;

import java.time.Instant;

/** One fragment going into a clip: where it starts on the producer clock and its media. */
public record ClipSegment(Instant producerStart, FragmentMedia media) {
}
