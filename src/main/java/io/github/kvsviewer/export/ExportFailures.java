package io.github.kvsviewer.export;

import io.github.kvsviewer.export.ExportException.Kind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns what went wrong into a message for the cafe operator. The operating
 * system reports a full disk only in the text of an {@link IOException}
 * ("No space left on device" on Linux and macOS, "There is not enough space on
 * the disk" on Windows), so that is what is matched.
 */
final class ExportFailures {

    private static final List<String> DISK_FULL_TEXTS = List.of(
            "No space left on device", "not enough space on the disk", "Disk quota exceeded");
    private static final List<String> READ_ONLY_TEXTS = List.of("Read-only file system");

    private ExportFailures() {
    }

    static boolean isDiskFull(Throwable failure) {
        return mentions(failure, DISK_FULL_TEXTS);
    }

    /** The kind of a failed file write. */
    static Kind kindOfWriteFailure(IOException failure) {
        if (isDiskFull(failure)) {
            return Kind.DISK_FULL;
        }
        if (failure instanceof AccessDeniedException || mentions(failure, READ_ONLY_TEXTS)) {
            return Kind.FOLDER_NOT_WRITABLE;
        }
        return Kind.WRITE_FAILED;
    }

    /** Why a folder could not be created, in words: names the part of the path that is a file. */
    static String whyNoFolder(Path folder, IOException failure) {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                return Files.isDirectory(at) ? reason(failure) : at + " is a file, not a folder";
            }
        }
        return reason(failure);
    }

    /** The operating system's reason without the path it was about. */
    static String reason(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (mentions(failure, READ_ONLY_TEXTS)) {
            return "the disk is read-only";
        }
        if (failure instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** What the operator gets to keep: how many pictures were written and where they are listed. */
    static String soFar(ExportResult written, Path folder, boolean csvFailed) {
        if (written.count() == 0) {
            return "No picture was written.";
        }
        String listed = written.csv()
                .map(csv -> ", listed in " + csv.getFileName())
                .orElse(csvFailed ? "; their list (CSV) could not be written" : "");
        return written.count() + " of " + written.selected() + " frames were written to " + folder
                + " before that" + listed + ".";
    }

    private static boolean mentions(Throwable failure, List<String> texts) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && texts.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }
}
