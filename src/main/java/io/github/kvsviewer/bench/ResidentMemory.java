package io.github.kvsviewer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** This process's resident memory from /proc (Linux only): now, and the peak so far (high-water mark). */
final class ResidentMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {
    }

    static boolean available() {
        return Files.isReadable(STATUS);
    }

    static OptionalLong currentMb() {
        return field("VmRSS:");
    }

    static OptionalLong peakMb() {
        return field("VmHWM:");
    }

    /** A "VmHWM:   123456 kB" line, in MB (10^6 bytes, as every figure here). */
    private static OptionalLong field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    long kib = Long.parseLong(line.substring(name.length()).replaceAll("[^0-9]", ""));
                    return OptionalLong.of(kib * 1024 / 1_000_000);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not mounted
        }
        return OptionalLong.empty();
    }
}
