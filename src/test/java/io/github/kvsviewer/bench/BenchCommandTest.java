package io.github.kvsviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bench --quick} runs and names every figure; its values are not checked (no timed assertions). */
class BenchCommandTest {

    static final List<String> FIGURES = List.of("decode_fps", "ffmpeg_fps", "opencv_fps", "first_frame_ms",
            "step_ms_p50", "step_ms_p95", "seek_ms_p50", "seek_ms_p95", "preview_ms_p50", "preview_ms_p95",
            "rss_mb_1min", "rss_mb_10min", "getclip_first_byte_ms", "getclip_total_ms", "export_jpeg_fps",
            "export_png_fps");

    @TempDir
    Path temp;

    @Test
    void quickRunPrintsEveryFigureOnceAsNameValueUnit() throws IOException {
        Path work = temp.resolve("work");
        Path csv = temp.resolve("figures.csv");
        Run first = bench("--quick", "--work", work.toString());
        assertThat(first.exit()).as(first.err()).isZero();

        // The same --work folder again: its archive is rebuilt, not refused for holding the stream already.
        Run second = bench("--quick", "--work", work.toString(), "--csv", csv.toString());

        assertThat(second.exit()).as(second.err()).isZero();
        List<String> lines = second.out().lines().toList();
        for (String name : FIGURES) {
            assertThat(lines).as(name).filteredOn(line -> line.startsWith(name + "=")).singleElement().asString()
                    .matches(name + "=(\\d+(\\.\\d+)? (fps|ms|MB)|skipped \\(.+\\))");
        }
        assertThat(lines).hasSize(FIGURES.size());
        assertThat(Files.readAllLines(csv)).filteredOn(row -> !row.startsWith("#")).hasSize(FIGURES.size() + 1);
        assertThat(second.err()).contains("load average");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
