package io.github.kvsviewer.archive;

import java.util.Objects;

/**
 * Every failure of an archive, as one type with a kind the UI and the command
 * line can act on, a message a cafe operator understands (what happened, what to
 * do), and the technical cause kept for the log.
 */
public final class ArchiveException extends RuntimeException {

    public enum Kind {
        STREAM_NOT_FOUND,
        NO_FOOTAGE,
        THROTTLED,
        NOT_AUTHORIZED,
        CREDENTIALS_EXPIRED,
        NETWORK,
        INVALID_RANGE,
        UNPLAYABLE_MEDIA,
        CANCELLED,
        UNEXPECTED
    }

    private final Kind kind;

    public ArchiveException(Kind kind, String userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public ArchiveException(Kind kind, String userMessage) {
        this(kind, userMessage, null);
    }

    public Kind kind() {
        return kind;
    }
}
