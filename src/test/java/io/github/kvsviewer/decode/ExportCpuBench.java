package io.github.kvsviewer.decode;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.export.ExportOptions;
import io.github.kvsviewer.export.ExportProgress;
import io.github.kvsviewer.export.FrameExporter;
import io.github.kvsviewer.export.FrameSelection;
import io.github.kvsviewer.local.DemoStreamSpec;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Prints what a whole 1080p export costs (decode, encode on the workers, write,
 * CSV), as JPEG and as PNG: process CPU time per frame, the figure that moves
 * least with other people's load on the machine, and frames per second (figures,
 * never assertions; not run by the build). Uses only the exporter's public door,
 * so the same class measures an older build. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.kvsviewer.decode.ExportCpuBench [dataDir]}.
 */
public final class ExportCpuBench {

    private static final int ROUNDS = 2;

    private ExportCpuBench() {
    }

    public static void main(String[] args) throws IOException {
        ClipBytes clip = footage1080p(args);
        Path out = Files.createTempDirectory("export-bench-out");
        try (var decoded = ClipDecoder.open(List.of(clip))) {
            for (int round = 1; round <= ROUNDS; round++) {
                report("jpeg", decoded, ExportOptions.jpeg(out.resolve("jpeg-" + round)));
                report("png", decoded, ExportOptions.png(out.resolve("png-" + round)));
            }
        }
    }

    /** 10 s of 1080p at 30 fps in 2 s fragments, kept in the folder of {@code args[0]} when given. */
    static ClipBytes footage1080p(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("export-bench");
        DemoStreamSpec spec = new DemoStreamSpec("bench-1080p30", 1920, 1080, 30, Duration.ofSeconds(2),
                Instant.parse("2026-11-20T01:00:00Z"), Duration.ofSeconds(10), List.of());
        return TestFootage.wholeStream(dir, spec);
    }

    private static void report(String format, DecodedClip clip, ExportOptions options) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        int frames = FrameExporter.export(clip, "bench", FrameSelection.all(), options, ExportProgress.NONE).count();
        double seconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf("%-4s %d frames: %.2f ms CPU per frame, %.1f frames/s (load %.2f)%n", format, frames,
                (os.getProcessCpuTime() - cpu) / 1e6 / frames, frames / seconds, os.getSystemLoadAverage());
    }
}
