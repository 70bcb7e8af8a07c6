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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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

    private final ReadOnlyBooleanWrapper hasRange = new ReadOnlyBooleanWrapper(this, "hasRange", false);
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ReadOnlyStringWrapper startText = new ReadOnlyStringWrapper(this, "startText", "");
    private final ReadOnlyStringWrapper endText = new ReadOnlyStringWrapper(this, "endText", "");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper(this, "startError", "");
    private final ReadOnlyStringWrapper endError = new ReadOnlyStringWrapper(this, "endError", "");
    private final ReadOnlyStringWrapper durationText = new ReadOnlyStringWrapper(this, "durationText", "");
    private final ReadOnlyStringWrapper zoneText = new ReadOnlyStringWrapper(this, "zoneText", "");
    private final ReadOnlyObjectWrapper<ZoomLevel> zoom = new ReadOnlyObjectWrapper<>(this, "zoom", ZoomLevel.DAY);
    private final ReadOnlyObjectWrapper<TimeRange> window = new ReadOnlyObjectWrapper<>(this, "window");
    private final ReadOnlyDoubleWrapper sliderMin = new ReadOnlyDoubleWrapper(this, "sliderMin", 0);
    private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper(this, "sliderMax", 1);
    private final ReadOnlyDoubleWrapper lowValue = new ReadOnlyDoubleWrapper(this, "lowValue", 0);
    private final ReadOnlyDoubleWrapper highValue = new ReadOnlyDoubleWrapper(this, "highValue", 1);
    private final BooleanBinding canZoomIn;
    private final BooleanBinding canZoomOut;

    public RangeViewModel(SessionModel session, Settings settings, Locale locale) {
        this.session = session;
        this.settings = settings;
        this.messages = Messages.of("io.github.kvsviewer.ui.range.range", locale);
        settings.get(ZOOM_KEY).flatMap(RangeViewModel::zoomLevel).ifPresent(zoom::set);
        canZoomIn = Bindings.createBooleanBinding(() -> zoom.get().closer().isPresent(), zoom);
        canZoomOut = Bindings.createBooleanBinding(() -> zoom.get().wider().isPresent(), zoom);
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
        Optional<Instant> start = parse(text, startError, shownDay());
        if (start.isEmpty()) {
            return false;
        }
        Optional<TimeRange> current = session.requested();
        Duration length = current.map(TimeRange::duration).orElse(DEFAULT_LENGTH);
        setRange(current.filter(range -> start.get().isBefore(range.end()))
                .map(range -> new TimeRange(start.get(), range.end()))
                .orElseGet(() -> TimeRange.of(start.get(), length)));
        return true;
    }

    /** Applies a typed end; a clock time alone is on the start's day. It must be after the start. */
    public boolean applyEnd(String text) {
        Optional<Instant> end = parse(text, endError, shownDay());
        if (end.isEmpty()) {
            return false;
        }
        Optional<TimeRange> current = session.requested();
        if (current.isEmpty()) {
            setRange(TimeRange.of(end.get().minus(DEFAULT_LENGTH), DEFAULT_LENGTH));
            return true;
        }
        if (!end.get().isAfter(current.get().start())) {
            endError.set(messages.get("error.endNotAfterStart", display().dateTime(current.get().start())));
            return false;
        }
        setRange(new TimeRange(current.get().start(), end.get()));
        return true;
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

    /**
     * The slider's thumbs moved to {@code low}..{@code high} (epoch milliseconds),
     * snapped to the zoom level's step. A thumb pinned at an edge of the window
     * keeps the range's end that lies beyond it.
     */
    public void dragTo(double low, double high) {
        Optional<TimeRange> current = session.requested();
        TimeRange shown = window.get();
        if (current.isEmpty() || shown == null) {
            return;
        }
        ZoomLevel level = zoom.get();
        Instant start = low <= sliderMin.get() && current.get().start().isBefore(shown.start())
                ? current.get().start() : level.snapped(low);
        Instant end = high >= sliderMax.get() && current.get().end().isAfter(shown.end())
                ? current.get().end() : level.snapped(high);
        if (!end.isAfter(start)) {
            end = start.plus(level.snap());
        }
        setRange(new TimeRange(start, end));
        // The slider may hold an unsnapped value the range did not change for: show the range again.
        showSlider(session.requested().orElseThrow());
    }

    public void zoomIn() {
        zoom.get().closer().ifPresent(this::setZoom);
    }

    public void zoomOut() {
        zoom.get().wider().ifPresent(this::setZoom);
    }

    /** Shows the slider at {@code level}, centred on the range. */
    public void setZoom(ZoomLevel level) {
        zoom.set(level);
        settings.put(ZOOM_KEY, level.name());
        show(true);
    }

    /** A slider tick label: the local time of {@code epochMillis} in the session's zone. */
    public String tickLabel(double epochMillis) {
        return DateTimeFormatter.ofPattern(zoom.get().tickPattern(), messages.locale())
                .format(Instant.ofEpochMilli(Math.round(epochMillis)).atZone(zone()));
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
        if (recentre || window.get() == null || !zoom.get().keeps(window.get(), range, zone())) {
            window.set(zoom.get().window(range, zone()));
        }
        showSlider(range);
    }

    private void showSlider(TimeRange range) {
        TimeRange shown = window.get();
        sliderMin.set(shown.start().toEpochMilli());
        sliderMax.set(shown.end().toEpochMilli());
        lowValue.set(Math.max(sliderMin.get(), Math.min(sliderMax.get(), range.start().toEpochMilli())));
        highValue.set(Math.max(sliderMin.get(), Math.min(sliderMax.get(), range.end().toEpochMilli())));
    }

    private Optional<Instant> parse(String text, ReadOnlyStringWrapper error, LocalDate onDay) {
        try {
            Instant instant = TypedTime.parse(text == null ? "" : text, onDay, zone());
            error.set("");
            return Optional.of(instant);
        } catch (IllegalArgumentException | DateTimeException e) {
            Instant example = session.requested().map(TimeRange::start).orElse(onDay.atStartOfDay(zone()).toInstant());
            error.set(messages.get("error.notATime", text == null ? "" : text.trim(), display().dateTime(example),
                    zone().getId()));
            return Optional.empty();
        }
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

    private static Optional<ZoomLevel> zoomLevel(String name) {
        try {
            return Optional.of(ZoomLevel.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
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

    public ReadOnlyObjectProperty<ZoomLevel> zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The span the slider shows. */
    public ReadOnlyObjectProperty<TimeRange> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public BooleanBinding canZoomInProperty() {
        return canZoomIn;
    }

    public BooleanBinding canZoomOutProperty() {
        return canZoomOut;
    }

    /** The slider's ends and thumbs, in epoch milliseconds (exact in a double). */
    public ReadOnlyDoubleProperty sliderMinProperty() {
        return sliderMin.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty sliderMaxProperty() {
        return sliderMax.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty lowValueProperty() {
        return lowValue.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty highValueProperty() {
        return highValue.getReadOnlyProperty();
    }
}
