package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the three standard demo streams from nothing and prints how long it
 * took. Not part of the suite (it takes most of a minute on two cores); run it by hand:
 * {@code mvn -B -q test -Dtest=DemoFootageBenchmark -Dkvsviewer.bench=true -Dsurefire.failIfNoSpecifiedTests=false},
 * the figure is in target/surefire-reports/...DemoFootageBenchmark-output.txt.
 */
@EnabledIfSystemProperty(named = "kvsviewer.bench", matches = "true")
class DemoFootageBenchmark {

    @Test
    void firstGenerationOfTheStandardStreams(@TempDir Path dataDir) throws IOException {
        FragmentStore store = FragmentStore.open(dataDir);
        List<DemoStreamSpec> specs = DemoFootage.standardStreams();
        long[] lastReport = {0};

        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        DemoFootage.ensure(store, "ap-northeast-1", specs, (stream, done, total) -> {
            if (done * 10 / total != lastReport[0] * 10 / total) {
                System.out.printf("  %3d%%  (%s)%n", done * 100 / total, stream);
            }
            lastReport[0] = done;
        });
        long firstRunMs = (System.nanoTime() - started) / 1_000_000;
        long cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;

        started = System.nanoTime();
        DemoFootage.ensure(store, "ap-northeast-1", specs, (stream, done, total) -> { });
        long checkRunMs = (System.nanoTime() - started) / 1_000_000;

        long bytes = 0;
        for (DemoStreamSpec spec : specs) {
            long streamBytes = store.fragments(spec.name()).stream().mapToLong(f -> f.sizeBytes()).sum();
            System.out.printf("%-14s %4d fragments %8d KiB%n", spec.name(), store.fragments(spec.name()).size(),
                    streamBytes / 1024);
            bytes += streamBytes;
        }
        // CPU time tells what an idle machine would take when others share this one
        System.out.printf("first generation of %d streams: %d ms wall, %d ms CPU on %d cores, load average %.1f"
                + " (%d KiB); check of a complete archive: %d ms%n", specs.size(), firstRunMs, cpuMs,
                Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage(), bytes / 1024, checkRunMs);
        assertThat(store.fragments("cafe-shelf-1")).hasSize(80);
    }
}
