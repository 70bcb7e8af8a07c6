package io.github.kvsviewer.cli;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the native libraries inside the jar are unpacked: FFmpeg's (by JavaCPP) and JavaFX's.
 *
 * <p>Left alone, JavaCPP unpacks to {@code ~/.javacpp/cache} and JavaFX to {@code ~/.openjfx/cache},
 * folders every JavaCPP or JavaFX program of the user shares, and both fall back to a shared temp
 * folder when those cannot be written. The viewer keeps its own under {@code ~/.kvs-viewer/natives},
 * next to its archive and settings. An installed copy cannot use its install folder instead: it is
 * read-only for users, and JavaCPP silently skips a cache folder it cannot write. The jpackage
 * launcher cannot name a per-user folder either ({@code --java-options} expands only {@code $APPDIR},
 * {@code $BINDIR} and {@code $ROOTDIR}), so the default is set here, before either library loads.
 * A {@code -D} of the same property on the command line wins.
 */
final class NativeCache {

    static final String JAVACPP = "org.bytedeco.javacpp.cachedir";
    static final String JAVAFX = "javafx.cachedir";

    private NativeCache() {
    }

    /** Sets the defaults in the system properties; call before any JavaCPP or JavaFX class loads. */
    static void useOwnFolder() {
        useOwnFolder(System.getProperties());
    }

    static void useOwnFolder(Properties properties) {
        Path natives = Path.of(properties.getProperty("user.home"), ".kvs-viewer", "natives");
        setIfAbsent(properties, JAVACPP, natives.resolve("javacpp"));
        setIfAbsent(properties, JAVAFX, natives.resolve("javafx"));
    }

    private static void setIfAbsent(Properties properties, String key, Path folder) {
        String chosen = properties.getProperty(key);
        if (chosen == null || chosen.isBlank()) {
            properties.setProperty(key, folder.toString());
        }
    }
}
