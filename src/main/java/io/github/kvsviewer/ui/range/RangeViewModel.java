package io.github.kvsviewer.ui.range;

import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.ui.Messages;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.Settings;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The requested range as the user edits it: a day, a range slider over a window of
 * that day, and start/end fields to the millisecond, all in the session's zone.
 * Writes {@code session.requested} (an {@link Instant} pair) and follows it when
 * someone else changes it. Remembers the range and the zoom level in the settings.
 */
public final class RangeViewModel {

    public static final String START_KEY = "range.start";
    public static final String END_KEY = "range.end";
    public static final String ZOOM_KEY = "range.zoom";
    /** Alt+Shift+Left/Right move the range by this much. */
    public static final Duration STEP = Duration.ofSeconds(1);
    /** The length of a range made from a date or a start alone. */
    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(1);

    private final SessionModel session;
    private final Settings settings;
    private final Messages messages;
    private final RangeInput input;
    private final RangeSliderModel slider;

    private final ReadOnlyBooleanWrapper hasRange = new ReadOnlyBooleanWrapper(this, "hasRange", false);
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ReadOnlyStringWrapper startText = new ReadOnlyStringWrapper(this, "startText", "");
    private final ReadOnlyStringWrapper endText = new ReadOnlyStringWrapper(this, "endText", "");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper(this, "startError", "");
    private final ReadOnlyStringWrapper endError = new ReadOnlyStringWrapper(this, "endError", "");
    private final ReadOnlyStringWrapper durationText = new ReadOnlyStringWrapper(this, "durationText", "");
    private final ReadOnlyStringWrapper zoneText = new ReadOnlyStringWrapper(this, "zoneText", "");

    public RangeViewModel(SessionModel session, Settings settings, Locale locale) {
        this.session = session;
        this.settings = settings;
        this.messages = Messages.of("io.github.kvsviewer.ui.range.range", locale);
        this.input = new RangeInput(messages);
        this.slider = new RangeSliderModel(session, settings);
        session.requestedProperty().addListener((obs, old, range) -> {
            remember(range);
            show(false);
        });
        session.zoneProperty().addListener((obs, old, zone) -> show(true));
        show(true);
    }

    // --- commands

    /** Sets the range, e.g. a default when {@link #restoreRemembered()} found none. */
    public void setRange(TimeRange range) {
        session.requestedProperty().set(range);
    }

    /** Puts the range remembered in the settings into the session; false when there is none (or it is unreadable). */
    public boolean restoreRemembered() {
        try {
            Optional<TimeRange> remembered = settings.get(START_KEY).flatMap(start -> settings.get(END_KEY)
                    .map(end -> new TimeRange(Instant.parse(start), Instant.parse(end))))
                    .filter(range -> range.end().isAfter(range.start()));
            remembered.ifPresent(this::setRange);
            return remembered.isPresent();
        } catch (DateTimeException | IllegalArgumentException damaged) {
            return false;
        }
    }

    /**
     * Applies a typed start. A start after the end moves the whole range, keeping
     * its length. On invalid text the range stays and {@link #startErrorProperty()} says why.
     */
    public boolean applyStart(String text) {
        return apply(input.start(text, session.requested(), shownDay(), zone()), startError);
    }

    /** Applies a typed end; a clock time alone is on the start's day. It must be after the start. */
    public boolean applyEnd(String text) {
        return apply(input.end(text, session.requested(), shownDay(), zone()), endError);
    }

    /** Forgets a rejected entry: the fields show the range again. */
    public void discardEdits() {
        startError.set("");
        endError.set("");
    }

    /** Moves the range to another day, keeping its clock times and length. */
    public void showDay(LocalDate date) {
        if (date == null || date.equals(day.get())) {
            return;
        }
        ZoneId zone = zone();
        Optional<TimeRange> current = session.requested();
        Instant start = current
                .map(range -> ZonedDateTime.of(date, range.start().atZone(zone).toLocalTime(), zone).toInstant())
                .orElseGet(() -> date.atStartOfDay(zone).toInstant());
        setRange(TimeRange.of(start, current.map(TimeRange::duration).orElse(DEFAULT_LENGTH)));
    }

    /** Moves the whole range by {@code by} (negative: earlier). */
    public void nudge(Duration by) {
        session.requested().ifPresent(range -> setRange(new TimeRange(range.start().plus(by), range.end().plus(by))));
    }

    /** Alt+Right: the next stretch of the same length. */
    public void pageForward() {
        session.requested().ifPresent(range -> nudge(range.duration()));
    }

    /** Alt+Left: the previous stretch of the same length. */
    public void pageBack() {
        session.requested().ifPresent(range -> nudge(range.duration().negated()));
    }

    public void stepForward() {
        nudge(STEP);
    }

    public void stepBack() {
        nudge(STEP.negated());
    }

    /** The slider's window, zoom and thumbs. */
    public RangeSliderModel slider() {
        return slider;
    }

    public Messages messages() {
        return messages;
    }

    // --- state

    private void show(boolean recentre) {
        Optional<TimeRange> current = session.requested();
        hasRange.set(current.isPresent());
        discardEdits();
        if (current.isEmpty()) {
            startText.set("");
            endText.set("");
            durationText.set("");
            return;
        }
        TimeRange range = current.get();
        TimeDisplay display = display();
        startText.set(display.dateTime(range.start()));
        endText.set(display.dateTime(range.end()));
        durationText.set(messages.get("duration", TimeDisplay.duration(range.duration())));
        zoneText.set(display.zoneName(range.start()));
        day.set(range.start().atZone(zone()).toLocalDate());
        slider.show(current, recentre);
    }

    private boolean apply(RangeInput.Outcome outcome, ReadOnlyStringWrapper error) {
        error.set(outcome.error());
        outcome.range().ifPresent(this::setRange);
        return outcome.range().isPresent();
    }

    private LocalDate shownDay() {
        return day.get() != null ? day.get() : LocalDate.now(zone());
    }

    private void remember(TimeRange range) {
        settings.put(START_KEY, range == null ? null : range.start().toString());
        settings.put(END_KEY, range == null ? null : range.end().toString());
    }

    private ZoneId zone() {
        return session.zoneProperty().get();
    }

    private TimeDisplay display() {
        return session.timeDisplay();
    }

    // --- properties

    public ReadOnlyBooleanProperty hasRangeProperty() {
        return hasRange.getReadOnlyProperty();
    }

    /** The day of the range start, in the session's zone. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** "2026-11-20 10:00:03.500" in the session's zone. */
    public ReadOnlyStringProperty startTextProperty() {
        return startText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endTextProperty() {
        return endText.getReadOnlyProperty();
    }

    /** Why the last typed start was rejected; empty when it was not. */
    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endErrorProperty() {
        return endError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty durationTextProperty() {
        return durationText.getReadOnlyProperty();
    }

    /** "JST". */
    public ReadOnlyStringProperty zoneTextProperty() {
        return zoneText.getReadOnlyProperty();
    }
}
