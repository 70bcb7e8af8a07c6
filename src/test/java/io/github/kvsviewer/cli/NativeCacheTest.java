package io.github.kvsviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NativeCacheTest {

    private final Properties properties = new Properties();

    NativeCacheTest() {
        properties.setProperty("user.home", Path.of("home", "operator").toAbsolutePath().toString());
    }

    @Test
    void nativesGoToTheViewersOwnFolder() {
        NativeCache.useOwnFolder(properties);

        Path natives = Path.of("home", "operator", ".kvs-viewer", "natives").toAbsolutePath();
        assertThat(properties.getProperty(NativeCache.JAVACPP)).isEqualTo(natives.resolve("javacpp").toString());
        assertThat(properties.getProperty(NativeCache.JAVAFX)).isEqualTo(natives.resolve("javafx").toString());
    }

    @Test
    void aFolderChosenOnTheCommandLineWins() {
        properties.setProperty(NativeCache.JAVACPP, "/opt/cache/javacpp");
        properties.setProperty(NativeCache.JAVAFX, "/opt/cache/javafx");

        NativeCache.useOwnFolder(properties);

        assertThat(properties.getProperty(NativeCache.JAVACPP)).isEqualTo("/opt/cache/javacpp");
        assertThat(properties.getProperty(NativeCache.JAVAFX)).isEqualTo("/opt/cache/javafx");
    }
}
