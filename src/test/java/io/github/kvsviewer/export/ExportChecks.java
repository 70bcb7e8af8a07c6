package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.clip.FrameTime;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.local.TimeCodeStrip;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Reads an export back from the disk and checks each file against its CSV row and its own time code. */
final class ExportChecks {

    static final List<String> HEADER = List.of("stream", "frame_index", "producer_time_utc", "producer_time_jst",
            "interpolated_time_utc", "fragment_number", "file_name", "sha256");
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private ExportChecks() {
    }

    /**
     * Checks the CSV of {@code result} row by row: the file it names exists and is
     * the result's; the picture's time-code strip (what the camera stamped) equals
     * the exact producer time of the row; times and names are as specified; the
     * SHA-256 is the file's. Returns the rows.
     *
     * @param nameSuffix the clash suffix every file is expected to carry ("" or "-2")
     */
    static CsvRows verify(ExportResult result, DecodedClip clip, String extension, String nameSuffix)
            throws IOException {
        Path csv = result.csv().orElseThrow();
        CsvRows table = CsvRows.read(csv);
        assertThat(table.header()).isEqualTo(HEADER);
        assertThat(table.rows()).hasSize(result.count());
        List<String> names = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (int i = 0; i < table.rows().size(); i++) {
            Map<String, String> row = table.rows().get(i);
            ExportedFrame exported = result.frames().get(i);
            Path file = csv.resolveSibling(row.get("file_name"));
            assertThat(file).as("row %d", i).isEqualTo(exported.file()).isRegularFile();
            int index = Integer.parseInt(row.get("frame_index"));
            FrameTime expected = clip.timeline().frame(index);
            assertThat(index).isEqualTo(exported.index());

            assertThat(row.get("stream")).isEqualTo(ExportFootage.STREAM);
            assertThat(row.get("producer_time_utc")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(row.get("producer_time_jst"))
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+09:00");
            Instant exact = Instant.parse(row.get("producer_time_utc"));
            OffsetDateTime jst = OffsetDateTime.parse(row.get("producer_time_jst"));
            assertThat(exact).isEqualTo(expected.exact()).isAfter(previous);
            assertThat(jst.toInstant()).isEqualTo(exact);
            assertThat(Instant.parse(row.get("interpolated_time_utc"))).isEqualTo(expected.interpolated());
            assertThat(row.get("fragment_number")).isEqualTo(expected.fragmentNumber());
            assertThat(row.get("sha256")).isEqualTo(sha256(file)).isEqualTo(exported.sha256());

            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as("%s reads back", file.getFileName()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(clip.width());
            assertThat(image.getHeight()).isEqualTo(clip.height());
            assertThat(TimeCodeStrip.read(image)).as("time code in %s", file.getFileName())
                    .isEqualTo(exact.toEpochMilli());

            assertThat(row.get("file_name")).isEqualTo(expectedName(exact, index, extension, nameSuffix));
            names.add(row.get("file_name"));
            previous = exact;
        }
        assertThat(names).as("file names sort in time order").isSorted();
        return table;
    }

    /** Written out field by field from the JST clock, independently of the exporter's formatter. */
    static String expectedName(Instant exact, int index, String extension, String suffix) {
        OffsetDateTime t = exact.atOffset(JST);
        return String.format(Locale.ROOT, "%s_%04d%02d%02dT%02d%02d%02d.%03d+0900_f%04d%s.%s", ExportFootage.STREAM,
                t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
                t.getNano() / 1_000_000, index, suffix, extension);
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names in a folder, temp files included (they start with a dot). */
    static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
