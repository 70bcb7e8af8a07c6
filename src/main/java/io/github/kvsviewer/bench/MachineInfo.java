package io.github.kvsviewer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine figures come from (cores, CPU model, memory, JDK) and how busy it
 * was: timings on a loaded machine are not comparable, so every run says.
 */
record MachineInfo(int cores, String cpuModel, long memoryMb, String jdk, String loadAverage) {

    static MachineInfo current() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(),
                procField(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
                procField(Path.of("/proc/meminfo"), "MemTotal").map(MachineInfo::kilobytesToMb).orElse(-1L),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                readLoadAverage());
    }

    /** The 1, 5 and 15 minute load averages, as uptime prints them. */
    static String readLoadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
        }
    }

    String describe() {
        return String.format(Locale.ROOT, "machine: %d cores, %s, %d MB RAM, %s; load average %s", cores, cpuModel,
                memoryMb, jdk, loadAverage);
    }

    private static Optional<String> procField(Path file, String field) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(field))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long kilobytesToMb(String value) {
        return Long.parseLong(value.replaceAll("[^0-9]", "")) / 1024;
    }
}
