package io.github.kvsviewer.ui.range;

import io.github.kvsviewer.clip.TimeInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A time typed into a start or end field. A full date and time goes to
 * {@link TimeInput} (read in the display zone unless it carries an offset); a
 * clock time alone ("10:00:03.500") is taken on the day shown. Kept to the
 * millisecond, the precision the fields show.
 */
final class TypedTime {

    private TypedTime() {
    }

    /** @throws IllegalArgumentException when the text is not a time */
    static Instant parse(String text, LocalDate day, ZoneId zone) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        Instant instant;
        try {
            LocalTime clock = LocalTime.parse(trimmed, DateTimeFormatter.ISO_LOCAL_TIME);
            instant = LocalDateTime.of(day, clock).atZone(zone).toInstant();
        } catch (DateTimeParseException notAClockTime) {
            instant = TimeInput.parseInstant(trimmed, zone);
        }
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
