package io.github.kvsviewer.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an export wrote: the pictures in frame order, the CSV that lists them
 * (absent only when no picture was written), how many frames were selected, and
 * whether the user cancelled before all of them were written.
 */
public record ExportResult(List<ExportedFrame> frames, Optional<Path> csv, int selected, boolean cancelled) {

    public ExportResult {
        frames = List.copyOf(frames);
        Objects.requireNonNull(csv, "csv");
    }

    /** Nothing written: an export that failed before its first picture. */
    public static ExportResult nothing(int selected) {
        return new ExportResult(List.of(), Optional.empty(), selected, false);
    }

    /** Pictures written. */
    public int count() {
        return frames.size();
    }

    public List<Path> files() {
        return frames.stream().map(ExportedFrame::file).toList();
    }
}
