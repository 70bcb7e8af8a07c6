package io.github.kvsviewer.ui.range;

import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.Settings;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The range slider's part of the range panel: the window of time it spans at the
 * zoom level (the day, two hours, two minutes), and where its thumbs are, as epoch
 * milliseconds (exact in a double). The window stays put while the range fits in
 * it, so it never slides under a dragging pointer; otherwise it centres on the range.
 */
public final class RangeSliderModel {

    private final SessionModel session;
    private final Settings settings;
    private final ReadOnlyObjectWrapper<ZoomLevel> zoom = new ReadOnlyObjectWrapper<>(this, "zoom", ZoomLevel.DAY);
    private final ReadOnlyObjectWrapper<TimeRange> window = new ReadOnlyObjectWrapper<>(this, "window");
    private final ReadOnlyDoubleWrapper min = new ReadOnlyDoubleWrapper(this, "min", 0);
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper(this, "max", 1);
    private final ReadOnlyDoubleWrapper lowValue = new ReadOnlyDoubleWrapper(this, "lowValue", 0);
    private final ReadOnlyDoubleWrapper highValue = new ReadOnlyDoubleWrapper(this, "highValue", 1);
    private final BooleanBinding canZoomIn = Bindings.createBooleanBinding(() -> zoom.get().closer().isPresent(), zoom);
    private final BooleanBinding canZoomOut = Bindings.createBooleanBinding(() -> zoom.get().wider().isPresent(), zoom);

    RangeSliderModel(SessionModel session, Settings settings) {
        this.session = session;
        this.settings = settings;
        settings.get(RangeViewModel.ZOOM_KEY).flatMap(RangeSliderModel::zoomLevel).ifPresent(zoom::set);
    }

    public void zoomIn() {
        zoom.get().closer().ifPresent(this::setZoom);
    }

    public void zoomOut() {
        zoom.get().wider().ifPresent(this::setZoom);
    }

    /** Shows the slider at {@code level}, centred on the range; remembered in the settings. */
    public void setZoom(ZoomLevel level) {
        zoom.set(level);
        settings.put(RangeViewModel.ZOOM_KEY, level.name());
        show(session.requested(), true);
    }

    /**
     * The thumbs moved to {@code low}..{@code high} (epoch milliseconds), snapped to
     * the zoom level's step. A thumb pinned at an edge of the window keeps the
     * range's end that lies beyond it.
     */
    public void dragTo(double low, double high) {
        Optional<TimeRange> current = session.requested();
        TimeRange shown = window.get();
        if (current.isEmpty() || shown == null) {
            return;
        }
        ZoomLevel level = zoom.get();
        Instant start = low <= min.get() && current.get().start().isBefore(shown.start())
                ? current.get().start() : level.snapped(low);
        Instant end = high >= max.get() && current.get().end().isAfter(shown.end())
                ? current.get().end() : level.snapped(high);
        if (!end.isAfter(start)) {
            end = start.plus(level.snap());
        }
        session.requestedProperty().set(new TimeRange(start, end));
        // The slider may hold an unsnapped value the range did not change for: put the thumbs back.
        showThumbs(session.requested().orElseThrow());
    }

    /** A tick label: the local time of {@code epochMillis} in the session's zone. */
    public String tickLabel(double epochMillis) {
        return DateTimeFormatter.ofPattern(zoom.get().tickPattern(), Locale.ROOT)
                .format(Instant.ofEpochMilli(Math.round(epochMillis)).atZone(zone()));
    }

    void show(Optional<TimeRange> range, boolean recentre) {
        if (range.isEmpty()) {
            return;
        }
        if (recentre || window.get() == null || !zoom.get().keeps(window.get(), range.get(), zone())) {
            window.set(zoom.get().window(range.get(), zone()));
        }
        showThumbs(range.get());
    }

    private void showThumbs(TimeRange range) {
        TimeRange shown = window.get();
        min.set(shown.start().toEpochMilli());
        max.set(shown.end().toEpochMilli());
        lowValue.set(Math.max(min.get(), Math.min(max.get(), range.start().toEpochMilli())));
        highValue.set(Math.max(min.get(), Math.min(max.get(), range.end().toEpochMilli())));
    }

    private ZoneId zone() {
        return session.zoneProperty().get();
    }

    private static Optional<ZoomLevel> zoomLevel(String name) {
        try {
            return Optional.of(ZoomLevel.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public ReadOnlyObjectProperty<ZoomLevel> zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The span of time the slider shows. */
    public ReadOnlyObjectProperty<TimeRange> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public BooleanBinding canZoomInProperty() {
        return canZoomIn;
    }

    public BooleanBinding canZoomOutProperty() {
        return canZoomOut;
    }

    /** The window's start, epoch milliseconds. */
    public ReadOnlyDoubleProperty minProperty() {
        return min.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    /** The range start, kept inside the window. */
    public ReadOnlyDoubleProperty lowValueProperty() {
        return lowValue.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty highValueProperty() {
        return highValue.getReadOnlyProperty();
    }
}
