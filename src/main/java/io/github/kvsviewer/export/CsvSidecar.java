package io.github.kvsviewer.export;

import io.github.kvsviewer.clip.FrameTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The CSV that lists an export's pictures, one row per written file, RFC 4180:
 * comma separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, UTF-8 without a byte-order mark. Times are ISO-8601 with
 * milliseconds; the local column carries its offset, so it stays unambiguous in
 * any zone.
 */
final class CsvSidecar {

    static final List<String> HEADER = List.of("stream", "frame_index", "producer_time_utc", "producer_time_jst",
            "interpolated_time_utc", "fragment_number", "file_name", "sha256");

    // XXX prints Z for UTC and +09:00 for Japan; always three fraction digits, unlike ISO_INSTANT.
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

    private final DateTimeFormatter utc = ISO_MILLIS.withZone(ZoneOffset.UTC);
    private final DateTimeFormatter local;

    CsvSidecar(ZoneId zone) {
        this.local = ISO_MILLIS.withZone(zone);
    }

    byte[] render(String streamName, List<ExportedFrame> frames) {
        StringBuilder csv = new StringBuilder(128 * (frames.size() + 1));
        appendRow(csv, HEADER);
        for (ExportedFrame frame : frames) {
            FrameTime time = frame.time();
            appendRow(csv, List.of(streamName, Integer.toString(time.index()), utc(time.exact()),
                    local.format(time.exact()), utc(time.interpolated()), time.fragmentNumber(),
                    frame.file().getFileName().toString(), frame.sha256()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    String utc(Instant instant) {
        return utc.format(instant);
    }

    private static void appendRow(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
