package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.Fragment;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer process killed with SIGKILL while adding fragments never damages what was stored before. */
class FragmentStoreCrashTest {

    @TempDir
    Path data;

    @Test
    void killedWriterLeavesEveryEarlierFragmentIntact() throws Exception {
        int stored = 0;
        // Kill the writer three times, after a different number of fragments each time.
        for (int round = 1; round <= 3; round++) {
            int seen = runWriterAndKillAfter(round + 1);
            assertThat(seen).isGreaterThanOrEqualTo(stored + round + 1);
            FragmentStore store = FragmentStore.open(data);
            List<Fragment> fragments = store.fragments("crash");
            // Every fragment the writer announced is there; one more may have been completed before the kill.
            assertThat(fragments.size()).isBetween(seen, seen + 1);
            for (int i = 0; i < fragments.size(); i++) {
                Fragment fragment = fragments.get(i);
                assertThat(fragment.producerTime()).isEqualTo(FragmentWriterProcess.producerStart(i));
                FragmentMedia media = store.readMedia("crash", fragment.number());
                FragmentMedia expected = FragmentWriterProcess.media(i);
                assertThat(media.units()).hasSize(2);
                assertThat(media.units().get(0).data()).isEqualTo(expected.units().get(0).data());
                assertThat(media.units().get(1).data()).isEqualTo(expected.units().get(1).data());
            }
            assertThat(store.isIntact("crash")).isTrue();
            stored = fragments.size();
        }
    }

    /** Starts the writer, waits until it reports {@code count} new fragments, kills it; returns the fragments stored. */
    private int runWriterAndKillAfter(int count) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m",
                FragmentWriterProcess.class.getName(), data.toString(), "crash")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            int announced = 0;
            int last = -1;
            String line;
            while (announced < count && (line = lines.readLine()) != null) {
                last = Integer.parseInt(line.substring("appended ".length()));
                announced++;
            }
            // SIGKILL: no shutdown hooks, no flushing; the next append is usually half written.
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(announced).as("fragments the writer announced").isEqualTo(count);
            return last + 1;
        }
    }
}
