package io.github.kvsviewer.ui;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.TimeDisplay;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the panels share, as properties on the FX thread: the connected archive,
 * the chosen stream and range, the plan for it, the loaded clip and the frame
 * shown. Each panel's view model reads and writes only what it owns; the rest it
 * observes. Holds no controls, so view models built on it test without a window.
 */
public final class SessionModel {

    private final ObjectProperty<OpenArchive> archive = new SimpleObjectProperty<>(this, "archive");
    private final ObjectProperty<StreamInfo> stream = new SimpleObjectProperty<>(this, "stream");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", TimeDisplay.JAPAN);
    private final ObjectProperty<TimeRange> requested = new SimpleObjectProperty<>(this, "requested");
    private final ObjectProperty<ClipPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<LoadedClip> clip = new SimpleObjectProperty<>(this, "clip");
    private final IntegerProperty currentFrame = new SimpleIntegerProperty(this, "currentFrame", 0);

    /** The connected archive, or null before a connection succeeds. */
    public ObjectProperty<OpenArchive> archiveProperty() {
        return archive;
    }

    public Optional<OpenArchive> archive() {
        return Optional.ofNullable(archive.get());
    }

    public ObjectProperty<StreamInfo> streamProperty() {
        return stream;
    }

    public Optional<StreamInfo> stream() {
        return Optional.ofNullable(stream.get());
    }

    /** The zone times are shown and typed in: Asia/Tokyo unless changed in settings. */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public TimeDisplay timeDisplay() {
        return new TimeDisplay(zone.get());
    }

    /** The range the user asked for. */
    public ObjectProperty<TimeRange> requestedProperty() {
        return requested;
    }

    public Optional<TimeRange> requested() {
        return Optional.ofNullable(requested.get());
    }

    /** The plan for the requested range: what GetClip will return, known before downloading. */
    public ObjectProperty<ClipPlan> planProperty() {
        return plan;
    }

    public Optional<ClipPlan> plan() {
        return Optional.ofNullable(plan.get());
    }

    /** The loaded clip, or null. Whoever replaces it closes the old one. */
    public ObjectProperty<LoadedClip> clipProperty() {
        return clip;
    }

    public Optional<LoadedClip> clip() {
        return Optional.ofNullable(clip.get());
    }

    /** Index of the frame on screen, in the loaded clip. */
    public IntegerProperty currentFrameProperty() {
        return currentFrame;
    }
}
