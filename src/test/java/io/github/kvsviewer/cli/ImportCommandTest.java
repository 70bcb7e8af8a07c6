package io.github.kvsviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.local.FragmentStore;
import io.github.kvsviewer.local.ImportFootage;
import io.github.kvsviewer.local.ImportFootage.Spec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {

    @TempDir
    static Path files;
    static Path plain;
    static Path dated;

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void videoFiles() {
        plain = ImportFootage.write(files.resolve("till.mp4"), Spec.h264Mp4());
        dated = ImportFootage.write(files.resolve("dated.mp4"), Spec.h264Mp4().withCreationTime("2026-11-20T01:00:00Z"));
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ImportCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aStartWithoutOffsetIsTokyoTimeAndTheResultIsPrintedInTokyoTime() throws IOException {
        int exit = run("--data", data.toString(), "--stream", "till", "--file", plain.toString(),
                "--start", "2026-11-20T10:00:00.250");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains(
                "imported   till from " + plain,
                "frames     90 in 3 fragments, H.264 stored as it was (not re-encoded)",
                "producer   2026-11-20 10:00:00.250 – 10:00:06.183 JST  (5.933 s)");
        // never read as UTC: 10:00:00.250 in Tokyo is 01:00:00.250Z
        assertThat(FragmentStore.open(data).fragments("till").get(0).producerTime())
                .isEqualTo(Instant.parse("2026-11-20T01:00:00.250Z"));
        assertThat(err.toString()).contains("Importing: 100%");
        assertThat(out.toString()).doesNotContain("Importing");
    }

    @Test
    void zoneReadsTheStartAndPrintsTheRange() throws IOException {
        int exit = run("--data", data.toString(), "--stream", "till", "--file", plain.toString(),
                "--start", "2026-11-20T01:00:00.250", "--zone", "UTC");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("producer   2026-11-20 01:00:00.250 – 01:00:06.183 UTC");
        assertThat(FragmentStore.open(data).fragments("till").get(0).producerTime())
                .isEqualTo(Instant.parse("2026-11-20T01:00:00.250Z"));
    }

    @Test
    void withoutStartTheFilesCreationTimeIsUsedAndSaidSo() {
        int exit = run("--data", data.toString(), "--stream", "dated", "--file", dated.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("producer   2026-11-20 10:00:00.000 – 10:00:05.933 JST",
                "start      the file's creation time, 2026-11-20 10:00:00.000 JST");
    }

    @Test
    void noStartAndNoCreationTimeIsAOneLineReasonAndNothingIsImported() throws IOException {
        int exit = run("--data", data.toString(), "--stream", "till", "--file", plain.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("kvs-viewer import: ").contains("till.mp4", "has no creation time", "--start");
        assertThat(FragmentStore.open(data).streams()).isEmpty();
    }

    @Test
    void anExistingStreamIsRefused() {
        assertThat(run("--data", data.toString(), "--stream", "till", "--file", plain.toString(),
                "--start", "2026-11-20T10:00:00")).isZero();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        int exit = run("--data", data.toString(), "--stream", "till", "--file", plain.toString(),
                "--start", "2026-11-21T10:00:00");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("kvs-viewer import: A stream named 'till' already exists");
    }

    @Test
    void aStartThatIsNotATimeShowsTheAcceptedForms() {
        int exit = run("--data", data.toString(), "--stream", "till", "--file", plain.toString(), "--start", "10am");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("'10am' is not a time", "2026-11-20T10:00:03.500+09:00");
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--stream", "--file", "--start", "--zone", "--data");
    }
}
