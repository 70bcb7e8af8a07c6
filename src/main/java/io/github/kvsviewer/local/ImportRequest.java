package io.github.kvsviewer.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import: the video file, the new stream's name, and the producer time of
 * the file's first frame when the caller knows it (otherwise the file's own
 * creation time is used).
 */
public record ImportRequest(String stream, Path file, Optional<Instant> start) {

    public ImportRequest {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(start, "start");
    }
}
