package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.clip.FrameTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSidecarTest {

    @Test
    void headerThenOneRowPerFileWithUtcAndJapanTimesToTheMillisecond() {
        Instant exact = OffsetDateTime.parse("2026-11-20T10:00:04.250+09:00").toInstant();
        Instant interpolated = OffsetDateTime.parse("2026-11-20T10:00:04+09:00").toInstant();
        ExportedFrame frame = new ExportedFrame(new FrameTime(3, exact, interpolated, "12345678901234567890123"),
                Path.of("/tmp/out/cafe-shelf-1_20261120T100004.250+0900_f0003.png"), "ab".repeat(32));

        String csv = render(ZoneId.of("Asia/Tokyo"), "cafe-shelf-1", List.of(frame));

        assertThat(csv).isEqualTo("stream,frame_index,producer_time_utc,producer_time_jst,interpolated_time_utc,"
                + "fragment_number,file_name,sha256\r\n"
                + "cafe-shelf-1,3,2026-11-20T01:00:04.250Z,2026-11-20T10:00:04.250+09:00,2026-11-20T01:00:04.000Z,"
                + "12345678901234567890123,cafe-shelf-1_20261120T100004.250+0900_f0003.png," + "ab".repeat(32) + "\r\n");
    }

    @Test
    void theLocalColumnIsInTheChosenZoneWithItsOffset() {
        Instant exact = Instant.parse("2026-07-01T12:00:00.007Z");
        ExportedFrame frame = new ExportedFrame(new FrameTime(0, exact, exact, "1"), Path.of("f.png"), "00");

        String csv = render(ZoneId.of("America/New_York"), "s", List.of(frame));

        assertThat(csv).contains(",2026-07-01T12:00:00.007Z,2026-07-01T08:00:00.007-04:00,");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvSidecar.quoted("plain-name_1.png")).isEqualTo("plain-name_1.png");
        assertThat(CsvSidecar.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvSidecar.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvSidecar.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvSidecar.quoted("cr\r")).isEqualTo("\"cr\r\"");
    }

    @Test
    void aStreamNameWithACommaStaysOneField() {
        Instant exact = Instant.parse("2026-11-20T01:00:00Z");
        ExportedFrame frame = new ExportedFrame(new FrameTime(0, exact, exact, "1"), Path.of("f.png"), "00");

        String row = render(ZoneId.of("Asia/Tokyo"), "shelf, left", List.of(frame)).split("\r\n")[1];

        assertThat(row).startsWith("\"shelf, left\",0,2026-11-20T01:00:00.000Z,");
    }

    private static String render(ZoneId zone, String stream, List<ExportedFrame> frames) {
        return new String(new CsvSidecar(zone).render(stream, frames), StandardCharsets.UTF_8);
    }
}
