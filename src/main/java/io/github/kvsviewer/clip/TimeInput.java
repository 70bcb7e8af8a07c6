package io.github.kvsviewer.clip;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads times and durations as people type them. A time with an offset ("Z",
 * "+09:00") means exactly that; one without an offset is read in the given zone
 * (Asia/Tokyo unless chosen otherwise), never silently as UTC — the AWS CLI's
 * pitfall that puts JST users nine hours off.
 */
public final class TimeInput {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private TimeInput() {
    }

    /** @throws IllegalArgumentException with a message that shows the accepted forms */
    public static Instant parseInstant(String text, ZoneId zone) {
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(trimmed, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + text + "' is not a time. Use ISO-8601, for example "
                        + "2026-11-20T10:00:03.500 (read in " + zone.getId() + ") or 2026-11-20T10:00:03.500+09:00.", e);
            }
        }
    }

    /** "3s", "1.5s", "500ms", "2m", "1h30m", or ISO-8601 "PT3S". */
    public static Duration parseDuration(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("pt")) {
            try {
                return positive(Duration.parse(trimmed), text);
            } catch (DateTimeParseException e) {
                throw invalidDuration(text);
            }
        }
        Matcher matcher = DURATION_PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            BigDecimal amount = new BigDecimal(matcher.group(1));
            long unitNanos = switch (matcher.group(2)) {
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            total = total.plusNanos(amount.multiply(BigDecimal.valueOf(unitNanos)).longValueExact());
            end = matcher.end();
        }
        if (end == 0 || end != trimmed.length()) {
            throw invalidDuration(text);
        }
        return positive(total, text);
    }

    private static Duration positive(Duration duration, String text) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The duration '" + text + "' must be longer than zero.");
        }
        return duration;
    }

    private static IllegalArgumentException invalidDuration(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration. Use for example 3s, 1.5s, 500ms, 2m or 1h30m.");
    }
}
