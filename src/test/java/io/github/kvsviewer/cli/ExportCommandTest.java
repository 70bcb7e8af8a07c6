package io.github.kvsviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.local.TimeCodeStrip;
import io.github.kvsviewer.pipeline.DemoArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code export --endpoint-url} against a running local archive, with credentials from the
 * SDK's default chain as a user of real KVS would have them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandTest {

    private DemoArchive demo;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    void startArchive(@TempDir Path data) throws IOException {
        demo = DemoArchive.start(data, DemoArchive.SHELF);
        // The default chain reads these first; the real chain is what --profile-less users get.
        System.setProperty("aws.accessKeyId", DemoArchive.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", DemoArchive.SECRET_KEY);
    }

    @AfterAll
    void stop() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        demo.close();
    }

    private int export(String... args) {
        CommandLine cli = new CommandLine(new KvsViewerCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = Stream.concat(Stream.of("export", "--endpoint-url", demo.server.endpoint().toString(),
                "--region", DemoArchive.REGION), Stream.of(args)).toArray(String[]::new);
        return cli.execute(all);
    }

    @Test
    void reportsRequestedAndReturnedRangesAndWritesFramesWhoseStripsMatchTheirNames(@TempDir Path dir) throws IOException {
        int exit = export("--stream", "shelf", "--start", "2026-11-20T10:00:03.5", "--duration", "3s",
                "--format", "png", "--out", dir.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("requested  2026-11-20 10:00:03.500 – 10:00:06.500 JST  (3.000 s)")
                .contains("returned   2026-11-20 10:00:04.250 – 10:00:08.250 JST  (4.000 s, 2 fragments, 40 frames)")
                .contains("exported   40 frames as PNG");
        List<Path> pngs = files(dir, ".png");
        assertThat(pngs).hasSize(40);
        assertThat(pngs.get(0).getFileName().toString()).isEqualTo("shelf_20261120T100004.250+0900_f0000.png");
        assertThat(Instant.ofEpochMilli(TimeCodeStrip.read(ImageIO.read(pngs.get(0).toFile()))))
                .isEqualTo(DemoArchive.jst("10:00:04.250"));
        assertThat(files(dir, ".csv")).hasSize(1);
    }

    @Test
    void alignCoversTheWholeRequest(@TempDir Path dir) {
        int exit = export("--stream", "shelf", "--start", "2026-11-20T10:00:03.5+09:00", "--end",
                "2026-11-20T01:00:06.5Z", "--align", "--every", "5", "--format", "jpeg", "--out", dir.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("aligned    start moved back to 10:00:02.250")
                .contains("returned   2026-11-20 10:00:02.250 – 10:00:08.250 JST  (6.000 s, 3 fragments, 60 frames)")
                .contains("exported   12 frames as JPEG");
    }

    @Test
    void aTimeWithoutOffsetIsReadInTheChosenZone(@TempDir Path dir) {
        // 01:00:03.5 in UTC is 10:00:03.5 in Tokyo: the same clip as above.
        int exit = export("--stream", "shelf", "--start", "2026-11-20T01:00:03.5", "--duration", "3s",
                "--zone", "UTC", "--frames", "0,39", "--out", dir.toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("returned   2026-11-20 01:00:04.250 – 01:00:08.250 UTC");
    }

    @Test
    void failuresAreOneLineWithANonZeroExit(@TempDir Path dir) {
        assertThat(export("--stream", "nope", "--start", "2026-11-20T10:00:03", "--duration", "3s",
                "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("kvs-viewer export: There is no stream named 'nope'");

        assertThat(export("--stream", "shelf", "--start", "2026-11-20T12:00:00", "--duration", "3s",
                "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No footage of 'shelf' starts in this range");

        assertThat(export("--stream", "shelf", "--start", "2026-11-20T10:00:05", "--end", "2026-11-20T10:00:04",
                "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("must be after the start");
        assertThat(dir).isEmptyDirectory();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
