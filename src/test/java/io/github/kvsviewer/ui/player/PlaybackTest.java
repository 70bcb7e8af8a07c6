package io.github.kvsviewer.ui.player;

import static io.github.kvsviewer.ui.player.PlayerFootage.jst;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.ui.LoadedClip;
import io.github.kvsviewer.ui.SessionModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Playback at real speed by producer time, driven by hand-given pulses (no
 * clock, no sleeping): 50 frames 100 ms apart from 10:00:00.250 JST, with a 1.1 s
 * jump from frame 29 (10:00:03.150) to frame 30 (10:00:04.250).
 */
class PlaybackTest {

    private final SessionModel session = new SessionModel();
    private final ManualTicker ticker = new ManualTicker();
    private final ImmediateDisplay display = new ImmediateDisplay();
    private PlayerViewModel model;
    private LoadedClip clip;
    private ClipTimeline timeline;

    @BeforeEach
    void loadClip() throws IOException {
        model = new PlayerViewModel(session, PlayerResources.messages(Locale.ENGLISH), decoded -> display, ticker);
        clip = PlayerFootage.shared().load(PlayerFootage.WHOLE);
        session.clipProperty().set(clip);
        timeline = clip.decoded().timeline();
        assertThat(timeline.frameCount()).isEqualTo(50);
    }

    @AfterEach
    void closeClip() {
        model.close();
        clip.decoded().close();
    }

    private int current() {
        return model.currentIndexProperty().get();
    }

    @Test
    void showsEachFrameWhenItsProducerTimeIsDueInOrder() {
        model.togglePlay();
        assertThat(model.playingProperty().get()).isTrue();
        assertThat(ticker.running()).isTrue();
        List<Integer> seen = new ArrayList<>();
        // A 60 Hz pulse for 2.95 s of playback.
        for (int pulse = 0; pulse * 1000.0 / 60 <= 2950; pulse++) {
            double millis = pulse * 1000.0 / 60;
            ticker.pulseAtMillis(millis);
            int expected = timeline.indexAt(timeline.frame(0).exact().plusMillis((long) Math.floor(millis)));
            assertThat(current()).as("frame at %.1f ms", millis).isEqualTo(expected);
            if (seen.isEmpty() || seen.get(seen.size() - 1) != current()) {
                seen.add(current());
            }
        }
        List<Integer> inOrder = new ArrayList<>();
        for (int i = 0; i <= 29; i++) {
            inOrder.add(i);
        }
        assertThat(seen).isEqualTo(inOrder);
        assertThat(display.requests).isEqualTo(inOrder);
    }

    @Test
    void skipsFramesWhenAPulseComesLate() {
        model.togglePlay();
        ticker.pulseAtMillis(0);
        ticker.pulseAtMillis(1000);
        assertThat(current()).isEqualTo(10);
        ticker.pulseAtMillis(1350);
        assertThat(current()).isEqualTo(13);
        // Frames the display was never asked for were skipped, not shown late.
        assertThat(display.requests).containsExactly(0, 10, 13);
    }

    @Test
    void jumpsAnOutageOneFrameAfterTheFrameBeforeIt() {
        session.currentFrameProperty().set(25);
        model.togglePlay();
        ticker.pulseAtMillis(0);
        assertThat(current()).isEqualTo(25);
        ticker.pulseAtMillis(400);
        assertThat(timeline.frame(current()).exact()).isEqualTo(jst("10:00:03.150"));
        ticker.pulseAtMillis(499);
        assertThat(current()).isEqualTo(29);
        ticker.pulseAtMillis(500);
        assertThat(timeline.frame(current()).exact()).isEqualTo(jst("10:00:04.250"));
        ticker.pulseAtMillis(600);
        assertThat(current()).isEqualTo(31);
        ticker.pulseAtMillis(1000);
        assertThat(current()).isEqualTo(35);
    }

    @Test
    void aLatePulseCrossesTheOutageAndGoesOn() {
        session.currentFrameProperty().set(25);
        model.togglePlay();
        ticker.pulseAtMillis(0);
        ticker.pulseAtMillis(1000); // 0.5 s to the outage, then 0.5 s after it
        assertThat(timeline.frame(current()).exact()).isEqualTo(jst("10:00:04.750"));
    }

    @Test
    void stopsOnTheLastFrameAndStartsOverFromTheFirst() {
        session.currentFrameProperty().set(45);
        model.togglePlay();
        ticker.pulseAtMillis(0);
        ticker.pulseAtMillis(399);
        assertThat(current()).isEqualTo(48);
        assertThat(model.playingProperty().get()).isTrue();
        ticker.pulseAtMillis(400);
        assertThat(current()).isEqualTo(49);
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(ticker.running()).isFalse();

        model.togglePlay();
        assertThat(current()).isZero();
        assertThat(model.playingProperty().get()).isTrue();
        ticker.pulseAtMillis(5000);
        ticker.pulseAtMillis(5100);
        assertThat(current()).isEqualTo(1);
    }

    @Test
    void spacePausesAndAnyMoveStopsPlaying() {
        model.togglePlay();
        ticker.pulseAtMillis(0);
        ticker.pulseAtMillis(300);
        model.togglePlay();
        assertThat(model.playingProperty().get()).isFalse();
        ticker.pulseAtMillis(900);
        assertThat(current()).isEqualTo(3);

        model.togglePlay();
        model.stepForward();
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(current()).isEqualTo(4);
        model.togglePlay();
        model.seekWhileDragging(20);
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(ticker.running()).isFalse();
    }
}
