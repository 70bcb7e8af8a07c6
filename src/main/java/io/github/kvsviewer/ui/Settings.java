package io.github.kvsviewer.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the viewer remembers between runs (connection, stream, range, zone,
 * language, export folder and format, window bounds), as flat keys in one JSON
 * file. Saved atomically; a damaged file is set aside and defaults are used.
 */
public final class Settings {

    private static final Logger log = LoggerFactory.getLogger(Settings.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode values;

    private Settings(Path file, ObjectNode values) {
        this.file = file;
        this.values = values;
    }

    /** ~/.kvs-viewer/settings.json. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".kvs-viewer", "settings.json");
    }

    public static Settings load(Path file) {
        ObjectMapper json = new ObjectMapper();
        if (Files.isRegularFile(file)) {
            try {
                if (json.readTree(file.toFile()) instanceof ObjectNode node) {
                    return new Settings(file, node);
                }
                throw new IOException("not a JSON object");
            } catch (IOException e) {
                log.warn("Settings in {} are unreadable ({}); starting from defaults", file, e.getMessage());
                try {
                    Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moveFailed) {
                    log.warn("Could not set aside {}", file, moveFailed);
                }
            }
        }
        return new Settings(file, json.createObjectNode());
    }

    public synchronized Optional<String> get(String key) {
        return values.hasNonNull(key) ? Optional.of(values.get(key).asText()) : Optional.empty();
    }

    public synchronized Optional<Double> getDouble(String key) {
        return values.hasNonNull(key) && values.get(key).isNumber() ? Optional.of(values.get(key).asDouble()) : Optional.empty();
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    public synchronized void putDouble(String key, double value) {
        values.put(key, value);
    }

    /** Writes the file; failures are logged, never thrown: losing a setting must not lose work. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), values);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not save settings to {}", file, e);
        }
    }
}
