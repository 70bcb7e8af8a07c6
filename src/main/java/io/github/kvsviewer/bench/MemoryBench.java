package io.github.kvsviewer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak resident memory with a clip loaded and shown end to end, each clip length
 * in a child JVM of its own ({@link RssProbe}): a process's peak only grows, so
 * one process cannot give the 1-minute and the 10-minute peak apart. The child
 * runs with the JVM's default options, as {@code java -jar} does.
 */
final class MemoryBench {

    private static final Pattern RESULT = Pattern.compile("loaded_mb=(-?\\d+) peak_mb=(-?\\d+)");
    private static final long TIMEOUT_MINUTES = 30;

    private final Path store;
    private final FigureReport report;
    private final PrintWriter progress;

    MemoryBench(Path store, FigureReport report, PrintWriter progress) {
        this.store = store;
        this.report = report;
        this.progress = progress;
    }

    /** Runs one child per clip length at the same time (peaks are per process), then reports them in order. */
    void measure(List<String> names, List<Integer> fragmentCounts) {
        if (!ResidentMemory.available()) {
            names.forEach(name -> report.add(Figure.skipped(name, "needs /proc/self/status (Linux)")));
            return;
        }
        List<Process> children = new ArrayList<>();
        try {
            for (int fragments : fragmentCounts) {
                children.add(startProbe(fragments));
            }
            for (int i = 0; i < names.size(); i++) {
                report.add(figure(names.get(i), children.get(i)));
            }
        } finally {
            children.forEach(Process::destroyForcibly); // only ones still running after a failure
        }
    }

    private Figure figure(String name, Process child) {
        try {
            Matcher result = RESULT.matcher(output(child));
            if (!result.find()) {
                return Figure.skipped(name, "the measuring JVM printed no result");
            }
            progress.printf("bench: %s: %s MB resident after loading, %s MB at peak%n", name, result.group(1),
                    result.group(2));
            progress.flush();
            return Figure.of(name, Long.parseLong(result.group(2)), "MB");
        } catch (IOException e) {
            return Figure.skipped(name, "the measuring JVM failed: " + e.getMessage());
        }
    }

    private Process startProbe(int fragments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dkvsviewer.log.level=WARN");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(RssProbe.class.getName());
        command.add(store.toString());
        command.add(Integer.toString(fragments));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a measuring JVM: " + e.getMessage(), e);
        }
    }

    private static String output(Process process) throws IOException {
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("timed out");
            }
            if (process.exitValue() != 0) {
                throw new IOException("exit code " + process.exitValue());
            }
            return output;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
