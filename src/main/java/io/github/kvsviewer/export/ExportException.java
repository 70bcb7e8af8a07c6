package io.github.kvsviewer.export;

import java.util.Objects;

/**
 * An export that could not be done or finished, with a message for the cafe
 * operator (what happened, what was written, what to do), a kind the UI and
 * the command line can act on, what was written before the failure (listed in
 * its CSV when the CSV could still be written), and the technical cause for the
 * log.
 */
public final class ExportException extends RuntimeException {

    public enum Kind {
        /** The selection does not fit the clip; nothing was written. */
        INVALID_SELECTION,
        /** The folder cannot be created or written (a file, read-only, no permission). */
        FOLDER_NOT_WRITABLE,
        DISK_FULL,
        /** Any other failure while writing a file. */
        WRITE_FAILED,
        /** The decoder could not give the frame's picture. */
        FRAME_UNAVAILABLE,
        /** The picture could not be encoded as PNG or JPEG. */
        ENCODING_FAILED
    }

    private final Kind kind;
    private final transient ExportResult written;

    public ExportException(Kind kind, String userMessage, ExportResult written, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.written = Objects.requireNonNull(written, "written");
    }

    public Kind kind() {
        return kind;
    }

    /** The pictures written before the failure and their CSV (none when the export never started). */
    public ExportResult written() {
        return written;
    }
}
