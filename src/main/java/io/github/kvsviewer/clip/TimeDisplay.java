package io.github.kvsviewer.clip;

import io.github.kvsviewer.archive.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the user reads them: in the display zone (Asia/Tokyo by default), to the millisecond. */
public final class TimeDisplay {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    private final ZoneId zone;

    public TimeDisplay(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "2026-11-20 10:00:04.250". */
    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** "10:00:04.250". */
    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** "JST" for Asia/Tokyo. */
    public String zoneName(Instant at) {
        return DateTimeFormatter.ofPattern("zzz", Locale.ROOT).withZone(zone).format(at);
    }

    /** "2026-11-20 10:00:04.250 – 10:00:08.250 JST", with the end's date when it differs. */
    public String range(TimeRange range) {
        boolean sameDay = range.start().atZone(zone).toLocalDate().equals(range.end().atZone(zone).toLocalDate());
        return dateTime(range.start()) + " – " + (sameDay ? time(range.end()) : dateTime(range.end())) + " "
                + zoneName(range.start());
    }

    /** "4.000 s", "2 min 5.250 s", "1 h 0 min 0.000 s". */
    public static String duration(Duration duration) {
        long millis = duration.toMillis();
        String sign = millis < 0 ? "-" : "";
        millis = Math.abs(millis);
        long hours = millis / 3_600_000;
        long minutes = millis / 60_000 % 60;
        String seconds = String.format(Locale.ROOT, "%d.%03d s", millis / 1000 % 60, millis % 1000);
        if (hours > 0) {
            return sign + hours + " h " + minutes + " min " + seconds;
        }
        return minutes > 0 ? sign + minutes + " min " + seconds : sign + seconds;
    }

}
