package io.github.kvsviewer.clip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.clip.FrameTimes.PartFrames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTimesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T01:00:00.250Z");

    /** 15 fps with millisecond timestamps, as the demo streams: frame i at round(i * 1000 / 15) ms. */
    private static long offsetMillis(int frame) {
        return Math.round(frame * 1000.0 / 15);
    }

    private static Fragment fragment(String number, Instant start) {
        return new Fragment(number, start, start.plusMillis(400), Duration.ofMillis(offsetMillis(29)), 1000);
    }

    /** Two 2 s fragments with a 20 s outage between them; the MP4 timeline keeps the gap. */
    private static PartFrames twoFragmentsAcrossAGap(boolean keyframes) {
        List<FramePts> frames = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            frames.add(new FramePts(offsetMillis(i) * 1000, keyframes && i == 0));
        }
        for (int i = 0; i < 30; i++) {
            frames.add(new FramePts((22_000 + offsetMillis(i)) * 1000, keyframes && i == 0));
        }
        return new PartFrames(List.of(fragment("1", T0), fragment("2", T0.plusSeconds(22))), frames);
    }

    @Test
    void exactTimeIsTheFragmentStartPlusTheOffsetInsideIt() {
        ClipTimeline timeline = FrameTimes.compute(List.of(twoFragmentsAcrossAGap(true)));

        assertThat(timeline.frameCount()).isEqualTo(60);
        assertThat(timeline.frame(0).exact()).isEqualTo(T0);
        assertThat(timeline.frame(29).exact()).isEqualTo(T0.plusMillis(1933));
        assertThat(timeline.frame(30).exact()).isEqualTo(T0.plusSeconds(22));
        assertThat(timeline.frame(31).exact()).isEqualTo(T0.plusSeconds(22).plusMillis(67));
        assertThat(timeline.frame(29).fragmentNumber()).isEqualTo("1");
        assertThat(timeline.frame(30).fragmentNumber()).isEqualTo("2");
        // Last frame plus one frame: 22 s + 1933 ms + 66.7 ms.
        assertThat(timeline.returned().end()).isEqualTo(T0.plusSeconds(24));
    }

    @Test
    void interpolationSpreadsFramesEvenlyOverTheReturnedRangeAndIsWrongAcrossAGap() {
        ClipTimeline timeline = FrameTimes.compute(List.of(twoFragmentsAcrossAGap(true)));
        Duration span = timeline.returned().duration();
        assertThat(span).isEqualTo(Duration.ofSeconds(24));
        assertThat(timeline.frame(0).interpolated()).isEqualTo(T0);
        assertThat(timeline.frame(30).interpolated()).isEqualTo(T0.plus(span.dividedBy(2)));
        assertThat(timeline.frame(30).interpolated()).isNotEqualTo(timeline.frame(30).exact());
    }

    @Test
    void withoutKeyframesFramesAreAssignedByTime() {
        ClipTimeline byKeyframe = FrameTimes.compute(List.of(twoFragmentsAcrossAGap(true)));
        ClipTimeline byTime = FrameTimes.compute(List.of(twoFragmentsAcrossAGap(false)));
        assertThat(byTime.frames()).extracting(FrameTime::exact)
                .containsExactlyElementsOf(byKeyframe.frames().stream().map(FrameTime::exact).toList());
        assertThat(byTime.frame(30).fragmentNumber()).isEqualTo("2");
    }

    @Test
    void partsJoinIntoOneTimeline() {
        PartFrames whole = twoFragmentsAcrossAGap(true);
        PartFrames first = new PartFrames(whole.fragments().subList(0, 1), whole.frames().subList(0, 30));
        // The second GetClip call's MP4 starts its own timeline at 0.
        List<FramePts> secondFrames = whole.frames().subList(30, 60).stream()
                .map(f -> new FramePts(f.ptsMicros() - 22_000_000, f.keyframe())).toList();
        PartFrames second = new PartFrames(whole.fragments().subList(1, 2), secondFrames);

        ClipTimeline joined = FrameTimes.compute(List.of(first, second));
        assertThat(joined.frames()).extracting(FrameTime::exact).containsExactlyElementsOf(
                FrameTimes.compute(List.of(whole)).frames().stream().map(FrameTime::exact).toList());
        assertThat(joined.frames()).extracting(FrameTime::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 60).boxed().toList());
    }

    @Test
    void indexAtFindsTheFrameShowingAnInstant() {
        ClipTimeline timeline = FrameTimes.compute(List.of(twoFragmentsAcrossAGap(true)));
        assertThat(timeline.indexAt(T0.plusMillis(100))).isEqualTo(1);
        assertThat(timeline.indexAt(T0.plusSeconds(10))).isEqualTo(29);
        assertThat(timeline.indexAt(T0.minusSeconds(1))).isZero();
    }
}
