package io.github.kvsviewer.local;

import java.io.IOException;
import java.util.Objects;

/**
 * A video file that cannot be imported, with a message for the user that names
 * the file or stream and says what to do. Thrown before the store is touched, or
 * after the half-imported stream has been removed again: either way the store is
 * as it was.
 */
public final class ImportException extends IOException {

    public enum Kind {
        /** The file is missing, a folder, empty or unreadable. */
        FILE_UNREADABLE,
        /** FFmpeg cannot open it as media, or cannot decode its video. */
        NOT_A_VIDEO,
        /** Media without a video stream (audio only, cover art only, subtitles). */
        NO_VIDEO_STREAM,
        /** It opens, but reading it fails or stops short of what its index promises. */
        DAMAGED,
        INVALID_STREAM_NAME,
        STREAM_EXISTS,
        /** No --start and no usable creation time in the file. */
        NO_START_TIME
    }

    private final Kind kind;

    public ImportException(Kind kind, String userMessage) {
        this(kind, userMessage, null);
    }

    public ImportException(Kind kind, String userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
