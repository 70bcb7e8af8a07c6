package io.github.kvsviewer.ui.player;

import static io.github.kvsviewer.ui.player.PlayerFootage.jst;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.ui.LoadedClip;
import io.github.kvsviewer.ui.SessionModel;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The player's view model without a window, on a real decoded clip (frame times
 * from the pipeline) and a display that shows each frame at once: 40 frames,
 * 10:00:01.250 – 10:00:03.150 and, after the outage, 10:00:04.250 – 10:00:06.150 JST.
 */
class PlayerViewModelTest {

    private final SessionModel session = new SessionModel();
    private final List<ImmediateDisplay> displays = new ArrayList<>();
    private final List<LoadedClip> clips = new ArrayList<>();
    private PlayerViewModel model;
    private ClipTimeline timeline;

    @BeforeEach
    void loadClip() throws IOException {
        model = new PlayerViewModel(session, PlayerResources.messages(Locale.ENGLISH), clip -> {
            ImmediateDisplay display = new ImmediateDisplay();
            displays.add(display);
            return display;
        }, new ManualTicker());
        timeline = load(PlayerFootage.FOUR_FRAGMENTS).decoded().timeline();
    }

    @AfterEach
    void closeClips() {
        model.close();
        clips.forEach(clip -> clip.decoded().close());
    }

    private LoadedClip load(io.github.kvsviewer.archive.TimeRange range) throws IOException {
        LoadedClip clip = PlayerFootage.shared().load(range);
        clips.add(clip);
        session.clipProperty().set(clip);
        return clip;
    }

    private int current() {
        return model.currentIndexProperty().get();
    }

    @Test
    void aLoadedClipStartsAtItsFirstFrame() {
        assertThat(model.frameCountProperty().get()).isEqualTo(40);
        assertThat(model.hasClipProperty().get()).isTrue();
        assertThat(current()).isZero();
        assertThat(model.shownIndexProperty().get()).isZero();
        assertThat(displays.get(0).requests).containsExactly(0);
        FrameInfo info = model.frameInfoProperty().get();
        assertThat(info.exactTime()).isEqualTo("2026-11-20 10:00:01.250 JST");
        assertThat(info.interpolatedTime()).isEqualTo("Interpolated 2026-11-20 10:00:01.250 JST (+0 ms)");
        assertThat(info.position()).isEqualTo("Frame 0 / 40");
        assertThat(info.fragment()).isEqualTo("Fragment " + timeline.frame(0).fragmentNumber());
    }

    @Test
    void stepsOneFrameAtATimeAndStopsAtTheEnds() {
        model.stepBack();
        assertThat(current()).isZero();
        model.stepForward();
        model.stepForward();
        model.stepForward();
        assertThat(current()).isEqualTo(3);
        model.stepBack();
        assertThat(current()).isEqualTo(2);
        assertThat(session.currentFrameProperty().get()).isEqualTo(2);
        assertThat(model.shownIndexProperty().get()).isEqualTo(2);
        model.end();
        assertThat(current()).isEqualTo(39);
        model.stepForward();
        assertThat(current()).isEqualTo(39);
        model.home();
        assertThat(current()).isZero();
        assertThat(displays.get(0).requests).containsExactly(0, 1, 2, 3, 2, 39, 0);
    }

    @Test
    void aDragAsksForPreviewsAndItsEndForTheExactFrame() {
        ImmediateDisplay display = displays.get(0);
        model.seekWhileDragging(12);
        model.seekWhileDragging(30);
        assertThat(display.previews).containsExactly(12, 30);
        assertThat(model.showingPreviewProperty().get()).isTrue();
        // The preview is that frame: the info panel says its own time.
        assertThat(model.frameInfoProperty().get().position()).isEqualTo("Frame 30 / 40");
        assertThat(model.frameInfoProperty().get().exactTime()).isEqualTo(FrameInfo.timeText(
                new TimeDisplay(TimeDisplay.JAPAN), timeline.frame(30).exact()));

        model.seekDone(30); // released where the last preview was: the same index, now the frame itself
        assertThat(display.requests).containsExactly(0, 30);
        assertThat(model.showingPreviewProperty().get()).isFalse();

        model.seekWhileDragging(5);
        model.seekDone(8);
        model.stepForward();
        assertThat(display.previews).containsExactly(12, 30, 5);
        assertThat(display.requests).containsExactly(0, 30, 8, 9);
        assertThat(model.showingPreviewProperty().get()).isFalse();
    }

    @Test
    void followsTheSessionsCurrentFrameClampedToTheClip() {
        session.currentFrameProperty().set(7);
        assertThat(current()).isEqualTo(7);
        assertThat(model.shownIndexProperty().get()).isEqualTo(7);
        session.currentFrameProperty().set(400);
        assertThat(current()).isEqualTo(39);
        assertThat(session.currentFrameProperty().get()).isEqualTo(39);
        session.currentFrameProperty().set(-3);
        assertThat(session.currentFrameProperty().get()).isZero();
    }

    @Test
    void jumpsASecondToTheNearestFrameAndAcrossTheOutage() {
        model.jumpSeconds(1);
        assertThat(timeline.frame(current()).exact()).isEqualTo(jst("10:00:02.250"));
        assertThat(current()).isEqualTo(10);
        model.jumpSeconds(-1);
        assertThat(current()).isZero();
        model.jumpSeconds(-1);
        assertThat(current()).isZero();

        // 10:00:02.750 + 1 s falls in the outage: 10:00:04.250 (0.5 s off) is nearer than 10:00:03.150 (0.6 s).
        session.currentFrameProperty().set(15);
        model.jumpSeconds(1);
        assertThat(timeline.frame(current()).exact()).isEqualTo(jst("10:00:04.250"));
        // Back a second from the first frame after the outage: the last frame before it.
        model.jumpSeconds(-1);
        assertThat(timeline.frame(current()).exact()).isEqualTo(jst("10:00:03.150"));
        // A second on from there is nearest to itself, but a jump always moves.
        model.jumpSeconds(1);
        assertThat(timeline.frame(current()).exact()).isEqualTo(jst("10:00:04.250"));

        model.end();
        model.jumpSeconds(1);
        assertThat(current()).isEqualTo(39);
    }

    @Test
    void timesShownAreTheTimelinesExactTimesInTheZoneForEveryFrame() {
        TimeDisplay jst = new TimeDisplay(TimeDisplay.JAPAN);
        for (int i = 0; i < timeline.frameCount(); i++) {
            session.currentFrameProperty().set(i);
            assertThat(model.shownFrameProperty().get()).isEqualTo(timeline.frame(i));
            assertThat(model.frameInfoProperty().get().exactTime())
                    .isEqualTo(jst.dateTime(timeline.frame(i).exact()) + " JST");
            assertThat(model.frameInfoProperty().get().position()).isEqualTo("Frame " + i + " / 40");
        }
        // The first frame after the outage: the interpolated time over the returned range is far off.
        session.currentFrameProperty().set(20);
        assertThat(model.frameInfoProperty().get().exactTime()).isEqualTo("2026-11-20 10:00:04.250 JST");
        assertThat(model.frameInfoProperty().get().interpolatedTime())
                .isEqualTo("Interpolated 2026-11-20 10:00:03.750 JST (-500 ms)");

        session.zoneProperty().set(ZoneOffset.UTC);
        assertThat(model.frameInfoProperty().get().exactTime()).isEqualTo("2026-11-20 01:00:04.250 Z");
    }

    @Test
    void requestedBesideReturnedWithTheDifference() {
        ClipRanges ranges = model.rangesProperty().get();
        assertThat(ranges.requested()).isEqualTo("2026-11-20 10:00:01.000 – 10:00:05.500 JST");
        assertThat(ranges.requestedDuration()).isEqualTo("4.500 s");
        assertThat(ranges.returned()).isEqualTo("2026-11-20 10:00:01.250 – 10:00:06.250 JST");
        assertThat(ranges.returnedDuration()).isEqualTo("5.000 s");
        assertThat(ranges.difference()).isEqualTo("+0.250 s late start, +0.750 s past the end");
        assertThat(ranges.differs()).isTrue();
    }

    @Test
    void aRequestOnFragmentBoundariesComesBackAsRequested() throws IOException {
        load(new io.github.kvsviewer.archive.TimeRange(jst("10:00:01.250"), jst("10:00:06.250")));
        assertThat(model.rangesProperty().get().difference()).isEqualTo("Returned exactly as requested");
        assertThat(model.rangesProperty().get().differs()).isFalse();
    }

    @Test
    void differenceInJapanese() {
        PlayerViewModel japanese = new PlayerViewModel(session, PlayerResources.messages(Locale.JAPANESE),
                clip -> new ImmediateDisplay(), new ManualTicker());
        assertThat(japanese.rangesProperty().get().difference()).isEqualTo("開始が 0.250 s 遅い、終了を 0.750 s 超過");
        assertThat(japanese.frameInfoProperty().get().position()).isEqualTo("フレーム 0 / 40");
        japanese.close();
    }

    @Test
    void aNewClipReplacesTheDisplayAndStartsAtItsFirstFrame() throws IOException {
        session.currentFrameProperty().set(12);
        load(PlayerFootage.WHOLE);
        assertThat(displays).hasSize(2);
        assertThat(displays.get(0).closed).isTrue();
        assertThat(current()).isZero();
        assertThat(model.frameCountProperty().get()).isEqualTo(50);
        assertThat(model.frameInfoProperty().get().exactTime()).isEqualTo("2026-11-20 10:00:00.250 JST");
        assertThat(model.rangesProperty().get().difference()).isEqualTo("+0.250 s late start, +0.250 s past the end");

        session.clipProperty().set(null);
        assertThat(displays.get(1).closed).isTrue();
        assertThat(model.hasClipProperty().get()).isFalse();
        assertThat(model.frameCountProperty().get()).isZero();
        assertThat(model.frameInfoProperty().get().exactTime()).isEqualTo("No clip loaded");
        assertThat(model.rangesProperty().get()).isEqualTo(ClipRanges.NONE);
        model.stepForward();
        model.togglePlay();
        assertThat(model.playingProperty().get()).isFalse();
    }

    @Test
    void showsThePredictionDifferencesAndFrameFailures() throws IOException {
        LoadedClip decoded = clips.get(0);
        session.clipProperty().set(new LoadedClip(decoded.stream(), decoded.plan(), decoded.decoded(),
                List.of("Expected 4 fragments but frames came from 3.")));
        assertThat(model.differences()).containsExactly("Expected 4 fragments but frames came from 3.");
        displays.get(1).fail(5, "cut short");
        assertThat(model.failureProperty().get()).isEqualTo("Frame 5 could not be shown: cut short");
    }
}
