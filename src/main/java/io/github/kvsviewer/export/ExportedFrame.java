package io.github.kvsviewer.export;

import io.github.kvsviewer.clip.FrameTime;
import java.nio.file.Path;
import java.util.Objects;

/** One written picture: the frame and its times, where it went, and the SHA-256 (hex) of the file's bytes. */
public record ExportedFrame(FrameTime time, Path file, String sha256) {

    public ExportedFrame {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    public int index() {
        return time.index();
    }
}
