package io.github.kvsviewer.ui.range;

import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.ui.Messages;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a typed start or end makes of the range: the new range, or, when the text
 * is refused, why (in the user's language) — the range itself then stays as it was.
 */
final class RangeInput {

    /** Either a range or an error; an empty error means accepted. */
    record Outcome(Optional<TimeRange> range, String error) {
        static Outcome accepted(TimeRange range) {
            return new Outcome(Optional.of(range), "");
        }

        static Outcome refused(String error) {
            return new Outcome(Optional.empty(), error);
        }
    }

    private final Messages messages;

    RangeInput(Messages messages) {
        this.messages = messages;
    }

    /** A start before the end keeps the end; a later one moves the whole range, keeping its length. */
    Outcome start(String text, Optional<TimeRange> current, LocalDate day, ZoneId zone) {
        Optional<Instant> start = parse(text, current, day, zone);
        if (start.isEmpty()) {
            return refused(text, current, day, zone);
        }
        return Outcome.accepted(current.filter(range -> start.get().isBefore(range.end()))
                .map(range -> new TimeRange(start.get(), range.end()))
                .orElseGet(() -> TimeRange.of(start.get(), current.map(TimeRange::duration).orElse(RangeViewModel.DEFAULT_LENGTH))));
    }

    /** The end must come after the start; a clock time alone is on the start's day. */
    Outcome end(String text, Optional<TimeRange> current, LocalDate day, ZoneId zone) {
        Optional<Instant> end = parse(text, current, day, zone);
        if (end.isEmpty()) {
            return refused(text, current, day, zone);
        }
        if (current.isEmpty()) {
            return Outcome.accepted(TimeRange.of(end.get().minus(RangeViewModel.DEFAULT_LENGTH), RangeViewModel.DEFAULT_LENGTH));
        }
        if (!end.get().isAfter(current.get().start())) {
            return Outcome.refused(messages.get("error.endNotAfterStart",
                    new TimeDisplay(zone).dateTime(current.get().start())));
        }
        return Outcome.accepted(new TimeRange(current.get().start(), end.get()));
    }

    private static Optional<Instant> parse(String text, Optional<TimeRange> current, LocalDate day, ZoneId zone) {
        try {
            return Optional.of(TypedTime.parse(text == null ? "" : text, day, zone));
        } catch (IllegalArgumentException | DateTimeException notATime) {
            return Optional.empty();
        }
    }

    /** Says what was typed, and shows the current start in the accepted form as an example. */
    private Outcome refused(String text, Optional<TimeRange> current, LocalDate day, ZoneId zone) {
        Instant example = current.map(TimeRange::start).orElse(day.atStartOfDay(zone).toInstant());
        return Outcome.refused(messages.get("error.notATime", text == null ? "" : text.trim(),
                new TimeDisplay(zone).dateTime(example), zone.getId()));
    }
}
