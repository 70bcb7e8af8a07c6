package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.clip.FrameTime;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.ui.LoadedClip;
import io.github.kvsviewer.ui.Messages;
import io.github.kvsviewer.ui.SessionModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * The frame player: which frame is asked for ({@code currentIndex}, shared with the
 * session), which frame is on screen ({@code shownIndex}) and everything the info
 * panel says about it. The texts always describe the frame on screen, never the
 * one still being decoded, so what is read agrees with the pixels.
 *
 * <p>Commands move the current frame; any of them pauses playback. Use on the FX
 * thread. Holds no controls: tests drive it without a window.
 */
public final class PlayerViewModel implements AutoCloseable {

    private static final double NO_CLIP_ASPECT = 16.0 / 9;

    private final SessionModel session;
    private final Messages messages;
    private final Function<DecodedClip, FrameDisplay> displays;
    private final PlaybackTicker ticker;

    private final ReadOnlyIntegerWrapper frameCount = new ReadOnlyIntegerWrapper(this, "frameCount", 0);
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(this, "currentIndex", 0);
    private final ReadOnlyIntegerWrapper shownIndex = new ReadOnlyIntegerWrapper(this, "shownIndex", -1);
    private final ReadOnlyObjectWrapper<FrameTime> shownFrame = new ReadOnlyObjectWrapper<>(this, "shownFrame");
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(this, "settled", true);
    private final ReadOnlyBooleanWrapper showingPreview = new ReadOnlyBooleanWrapper(this, "showingPreview", false);
    private final ReadOnlyDoubleWrapper pictureAspect = new ReadOnlyDoubleWrapper(this, "pictureAspect", NO_CLIP_ASPECT);
    private final ReadOnlyBooleanWrapper hasClip = new ReadOnlyBooleanWrapper(this, "hasClip", false);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyObjectWrapper<FrameInfo> frameInfo = new ReadOnlyObjectWrapper<>(this, "frameInfo");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyObjectWrapper<ClipRanges> ranges = new ReadOnlyObjectWrapper<>(this, "ranges", ClipRanges.NONE);
    private final ObservableList<String> differences = FXCollections.observableArrayList();

    private ClipTimeline timeline;
    private FrameDisplay display;
    private Playback playback;
    private boolean dragging; // while a drag moves the current frame: ask the display for a preview

    /**
     * @param displays makes the display of a loaded clip ({@code FramePresenter::new} in the window)
     * @param ticker drives playback ({@link FxPulseTicker} in the window)
     */
    public PlayerViewModel(SessionModel session, Messages messages, Function<DecodedClip, FrameDisplay> displays,
            PlaybackTicker ticker) {
        this.session = session;
        this.messages = messages;
        this.displays = displays;
        this.ticker = ticker;
        // Two-way with the session, by hand: a bidirectional binding would not carry a clamped value back.
        currentIndex.set(session.currentFrameProperty().get());
        session.currentFrameProperty().addListener((obs, old, index) -> currentIndex.set(index.intValue()));
        currentIndex.addListener((obs, old, index) -> currentChanged(index.intValue()));
        shownIndex.addListener((obs, old, index) -> describeShownFrame());
        session.zoneProperty().addListener((obs, old, zone) -> describeClip());
        session.clipProperty().addListener((obs, old, clip) -> load(clip));
        load(session.clipProperty().get());
    }

    /** The player of the window: frames through {@link FramePresenter}, playback on the animation pulse. */
    public static PlayerViewModel create(SessionModel session, Messages messages) {
        return new PlayerViewModel(session, messages, FramePresenter::new, new FxPulseTicker());
    }

    // Commands

    public void stepForward() {
        pause();
        moveTo(currentIndex.get() + 1);
    }

    public void stepBack() {
        pause();
        moveTo(currentIndex.get() - 1);
    }

    /**
     * To the frame nearest the current frame's exact time plus {@code seconds}; always
     * at least one frame on (or back) unless at the end (or start): a jump into a gap
     * lands on whichever side of it is nearer.
     */
    public void jumpSeconds(int seconds) {
        pause();
        if (timeline == null || seconds == 0) {
            return;
        }
        int current = currentIndex.get();
        Instant target = timeline.frame(current).exact().plusSeconds(seconds);
        int before = timeline.indexAt(target);
        int nearest = before;
        if (before + 1 < timeline.frameCount() && distance(before + 1, target).compareTo(distance(before, target)) < 0) {
            nearest = before + 1;
        }
        moveTo(seconds > 0 ? Math.max(nearest, current + 1) : Math.min(nearest, current - 1));
    }

    public void home() {
        pause();
        moveTo(0);
    }

    public void end() {
        pause();
        moveTo(frameCount.get() - 1);
    }

    /** Plays at real speed by producer time (see {@link Playback}); from the start again when at the end. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
            return;
        }
        if (timeline == null || timeline.frameCount() < 2) {
            return;
        }
        if (currentIndex.get() >= timeline.frameCount() - 1) {
            moveTo(0);
        }
        playback = new Playback(timeline, currentIndex.get());
        playing.set(true);
        ticker.start(this::pulse);
    }

    public void pause() {
        if (playing.get()) {
            ticker.stop();
            playing.set(false);
            playback = null;
        }
    }

    /** While the scrubber is dragged: the frame's preview; the display drops frames the mouse has already left. */
    public void seekWhileDragging(int index) {
        pause();
        dragging = true;
        try {
            moveTo(index);
        } finally {
            dragging = false;
        }
    }

    /** The drag (or a click on the track) ended on {@code index}: that exact frame is shown. */
    public void seekDone(int index) {
        pause();
        int before = currentIndex.get();
        moveTo(index);
        if (display != null && currentIndex.get() == before) {
            display.show(before); // the drag ended on the frame it last previewed: now the frame itself
        }
    }

    private void pulse(long nanos) {
        if (playback == null) {
            return;
        }
        int due = playback.frameAt(nanos);
        if (due != currentIndex.get()) {
            currentIndex.set(due);
        }
        if (due >= frameCount.get() - 1) {
            pause();
        }
    }

    private void moveTo(int index) {
        if (timeline != null) {
            currentIndex.set(clamp(index));
        }
    }

    private int clamp(int index) {
        return Math.max(0, Math.min(index, timeline.frameCount() - 1));
    }

    private Duration distance(int index, Instant target) {
        return Duration.between(timeline.frame(index).exact(), target).abs();
    }

    private void currentChanged(int index) {
        int valid = timeline == null ? index : clamp(index);
        if (valid != index) {
            currentIndex.set(valid); // comes back here with the valid index
            return;
        }
        session.currentFrameProperty().set(index);
        if (display != null && dragging) {
            display.preview(index);
        } else if (display != null) {
            display.show(index);
        }
    }

    private void load(LoadedClip clip) {
        pause();
        if (display != null) {
            shownIndex.unbind();
            image.unbind();
            settled.unbind();
            showingPreview.unbind();
            display.close();
            display = null;
        }
        timeline = clip == null ? null : clip.decoded().timeline();
        differences.setAll(clip == null ? List.of() : clip.differences());
        failure.set("");
        if (clip == null) {
            shownIndex.set(-1);
            image.set(null);
            settled.set(true);
            showingPreview.set(false);
        } else {
            display = displays.apply(clip.decoded());
            shownIndex.bind(display.shownIndexProperty());
            image.bind(display.imageProperty());
            settled.bind(display.settledProperty());
            showingPreview.bind(display.showingPreviewProperty());
            display.failureProperty().addListener((obs, old, failed) -> failure.set(failed == null ? ""
                    : messages.get("frame.failed", failed.index(), failed.reason())));
        }
        hasClip.set(clip != null);
        pictureAspect.set(clip == null ? NO_CLIP_ASPECT : (double) clip.decoded().width() / clip.decoded().height());
        frameCount.set(timeline == null ? 0 : timeline.frameCount());
        describeClip();
        if (clip == null) {
            return;
        }
        if (currentIndex.get() != 0) {
            currentIndex.set(0); // a new clip starts at its first frame
        } else {
            display.show(0);
        }
    }

    private void describeClip() {
        LoadedClip clip = session.clipProperty().get();
        ranges.set(clip == null || timeline == null ? ClipRanges.NONE
                : ClipRanges.of(clip.plan().requested(), timeline.returned(), session.timeDisplay(), messages));
        describeShownFrame();
    }

    private void describeShownFrame() {
        int index = shownIndex.get();
        boolean shown = timeline != null && index >= 0 && index < timeline.frameCount();
        shownFrame.set(shown ? timeline.frame(index) : null);
        frameInfo.set(shown ? FrameInfo.of(timeline.frame(index), timeline.frameCount(), session.timeDisplay(), messages)
                : FrameInfo.none(timeline == null ? messages.get("frame.noClip") : ""));
    }

    /** Stops playback and the decode thread; the clip stays with the session. */
    @Override
    public void close() {
        pause();
        if (display != null) {
            display.close();
        }
    }

    // Properties

    public Messages messages() {
        return messages;
    }

    public ReadOnlyIntegerProperty frameCountProperty() {
        return frameCount.getReadOnlyProperty();
    }

    /** The frame asked for; kept equal to the session's current frame, both ways. */
    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    /** The frame whose pixels are on screen; -1 when none is. */
    public ReadOnlyIntegerProperty shownIndexProperty() {
        return shownIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FrameTime> shownFrameProperty() {
        return shownFrame.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** True when the frame on screen is the frame asked for. */
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    /**
     * True while the picture is the scrub preview of the shown frame: the same frame
     * and time, fewer pixels (the info panel stays true; the view may hint at it).
     */
    public ReadOnlyBooleanProperty showingPreviewProperty() {
        return showingPreview.getReadOnlyProperty();
    }

    /** Width over height of the clip's frames: the shape a preview is stretched to, so it lands where the frame is. */
    public ReadOnlyDoubleProperty pictureAspectProperty() {
        return pictureAspect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasClipProperty() {
        return hasClip.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The texts about the frame on screen: exact and interpolated time, position, fragment. */
    public ReadOnlyObjectProperty<FrameInfo> frameInfoProperty() {
        return frameInfo.getReadOnlyProperty();
    }

    /** Why the last frame asked for could not be shown; empty when it could. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Requested and returned range and duration, and their difference; all empty without a clip. */
    public ReadOnlyObjectProperty<ClipRanges> rangesProperty() {
        return ranges.getReadOnlyProperty();
    }

    /** What the decoded clip did not have that the plan predicted, as sentences. */
    public ObservableList<String> differences() {
        return FXCollections.unmodifiableObservableList(differences);
    }
}
