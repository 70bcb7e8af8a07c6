package io.github.kvsviewer.bench;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.local.FragmentStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: the speed and memory figures of the viewer's paths, one
 * {@code name=value unit} line each on stdout; progress and the machine on stderr.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure decoding, stepping, seeking, scrub previews, loading over HTTP, memory and export "
                + "on the cafe-entrance demo stream (1080p, 30 fps) and a 10-minute stream made of its fragments.",
                "Prints one 'name=value unit' line per figure on stdout; progress on stderr. Timings are only "
                        + "comparable on an otherwise idle machine: the load average is printed with them."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "A few seconds of small footage: checks that every figure is produced; "
            + "the values mean nothing.")
    boolean quick;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the figures to this CSV file.")
    Path csv;

    @Option(names = "--data", paramLabel = "DIR", description = "Local archive holding (or to hold) the demo stream "
            + "cafe-entrance (default: ~/.kvs-viewer/archive). Not used with --quick.")
    Path data;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the bench's own archive and exported "
            + "files, rebuilt on every run and kept (default: a temp folder, deleted afterwards).")
    Path work;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        MachineInfo before = MachineInfo.current();
        stderr.println("bench: " + before.describe());
        stderr.flush();
        Path workDir = null;
        try {
            workDir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("kvs-bench");
            FigureReport report = new FigureReport(stdout);
            run(quick ? BenchScale.quickRun() : BenchScale.fullRun(), workDir, report, stderr);
            MachineInfo after = MachineInfo.current();
            stderr.println("bench: done; load average now " + after.loadAverage());
            if (csv != null) {
                report.writeCsv(csv, after);
            }
            stderr.flush();
            return 0;
        } catch (Exception e) {
            stderr.println("kvs-viewer bench: failed: " + e);
            stderr.flush();
            return 1;
        } finally {
            if (work == null && workDir != null) {
                deleteQuietly(workDir);
            }
        }
    }

    private void run(BenchScale scale, Path workDir, FigureReport report, PrintWriter stderr)
            throws IOException, InterruptedException {
        // A --work folder kept from an earlier run: its archive and exports are rebuilt, not appended to.
        deleteQuietly(workDir.resolve("archive"));
        deleteQuietly(workDir.resolve("export"));
        FragmentStore source = FragmentStore.open(scale.quick() ? workDir.resolve("source")
                : data != null ? data : FragmentStore.defaultDataDir());
        BenchFootage footage = BenchFootage.prepare(scale, source, workDir.resolve("archive"), stderr);
        ClipBytes clip = footage.clip(0, scale.clipFragments());
        Path clipFile = Files.write(workDir.resolve("clip.mp4"), clip.mp4());
        stderr.printf("bench: clip of %d fragments, %d MB, in %s%n", scale.clipFragments(),
                clip.mp4().length / 1_000_000, clipFile);
        stderr.flush();

        DecodeBench decode = new DecodeBench(clip, report);
        decode.throughput(clipFile, scale.decodeRounds(), stderr);
        try (BenchArchive served = BenchArchive.serve(footage.store())) {
            ArchiveBench archive = new ArchiveBench(footage, served, report);
            archive.firstFrame(scale.firstFrameFragments(), scale.firstFrameRuns());
            decode.seeks(scale.seekSamples());
            decode.previews(scale.previewSamples(), stderr);
            MemoryBench memory = new MemoryBench(footage.store().root(), report, stderr);
            memory.measure(List.of("rss_mb_1min", "rss_mb_10min"),
                    List.of(scale.clipFragments(), scale.longFragments()));
            archive.getClip(scale.getClipFragments());
        }
        new ExportBench(clip, workDir.resolve("export"), report).run(scale.exportFrames());
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
