package io.github.kvsviewer.export;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes new files into one folder atomically and never over an existing file.
 *
 * <p>The bytes go to a hidden temp file in the same folder, are synced to the
 * disk, and only then appear under their name, whole. When the name is taken
 * (an earlier export of the same frame, a file the user made) the file gets the
 * next free name, {@code base-2.ext}, {@code base-3.ext}, ... The name is claimed
 * with a hard link, which fails instead of replacing; on file systems without
 * hard links (FAT, exFAT memory cards) a rename after an existence check is the
 * fallback, which only a concurrent writer of the same name could race.
 *
 * <p>Writes go through {@link FileOutputStream}, not NIO channels: an interrupted
 * export thread (a cancelled JavaFX {@code Task}) would close a channel mid-write,
 * but must still be able to write its CSV.
 */
final class NewFileWriter {

    private static final Logger log = LoggerFactory.getLogger(NewFileWriter.class);
    private static final int MAX_SUFFIX = 9999;

    /** A file as written: where, and the SHA-256 (hex) of its bytes. */
    record Written(Path path, String sha256) {
    }

    private final Path folder;
    private boolean hardLinks = true;

    NewFileWriter(Path folder) {
        this.folder = folder;
    }

    Written write(String base, String extension, byte[] bytes) throws IOException {
        Path temp = folder.resolve("." + base + "." + extension + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        Files.createFile(temp);
        try {
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                out.write(bytes);
                out.getFD().sync(); // on the disk before it has its name: a crash never leaves a torn picture
            }
            Path target = claimName(temp, base, extension);
            return new Written(target, sha256(bytes));
        } finally {
            removeTemp(temp);
        }
    }

    private Path claimName(Path temp, String base, String extension) throws IOException {
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            Path target = folder.resolve(n == 1 ? base + "." + extension : base + "-" + n + "." + extension);
            try {
                if (hardLinks) {
                    Files.createLink(target, temp);
                } else if (Files.exists(target)) {
                    continue;
                } else {
                    Files.move(temp, target); // without REPLACE_EXISTING: fails rather than replaces
                }
                if (n > 1) {
                    log.info("{} exists already; wrote {} instead", base + "." + extension, target.getFileName());
                }
                return target;
            } catch (FileAlreadyExistsException taken) {
                // the next suffix
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (!hardLinks) {
                    throw noLinks;
                }
                log.debug("No hard links in {} ({}); claiming names by rename", folder, noLinks.toString());
                hardLinks = false;
                n--; // the same name again, by rename
            }
        }
        throw new IOException("every name from " + base + "." + extension + " to " + base + "-" + MAX_SUFFIX + "."
                + extension + " is taken");
    }

    /** Gone after a success (the name is a second link to it) and after a failure; never masks the failure. */
    private static void removeTemp(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            log.warn("Could not remove the temp file {}: {}", temp, e.toString());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
