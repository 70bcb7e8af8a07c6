package io.github.kvsviewer.export;

import io.github.kvsviewer.clip.FrameTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * File names of an export: stream, the frame's exact producer time in the
 * display zone, frame index, e.g. {@code cafe-shelf-1_20261120T100004.250+0900_f0003.png}.
 * Basic ISO-8601 (no colons, which Windows forbids) with the offset, so names of
 * one stream sort in time order as long as the zone's offset does not change
 * within the export (Asia/Tokyo has no daylight saving time).
 */
final class ExportNames {

    /** Room for the time, index, a clash suffix and a temp-file suffix within the usual 255-byte limit. */
    private static final int MAX_STREAM_CHARS = 120;
    private static final DateTimeFormatter BASIC_MILLIS =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSSxx", Locale.ROOT);

    private final String streamPart;
    private final DateTimeFormatter time;

    ExportNames(String streamName, ZoneId zone) {
        this.streamPart = safeStreamPart(streamName);
        this.time = BASIC_MILLIS.withZone(zone);
    }

    /** The picture's name without extension. */
    String frameBase(FrameTime frame) {
        return streamPart + "_" + time.format(frame.exact()) + "_f" + String.format(Locale.ROOT, "%04d", frame.index());
    }

    /** The CSV's name without extension, from the first frame written. */
    String csvBase(FrameTime firstFrame) {
        return streamPart + "_" + time.format(firstFrame.exact()) + "_frames";
    }

    /**
     * KVS stream names are {@code [a-zA-Z0-9_.-]}; anything else (a name from an
     * importer, a future service change) is replaced so it cannot reach another
     * folder or make a hidden file.
     */
    static String safeStreamPart(String streamName) {
        StringBuilder safe = new StringBuilder(Math.min(streamName.length(), MAX_STREAM_CHARS));
        for (int i = 0; i < streamName.length() && safe.length() < MAX_STREAM_CHARS; i++) {
            char c = streamName.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            safe.append(plain ? c : '_');
        }
        if (safe.length() > 0 && safe.charAt(0) == '.') {
            safe.setCharAt(0, '_');
        }
        return safe.length() == 0 ? "stream" : safe.toString();
    }
}
