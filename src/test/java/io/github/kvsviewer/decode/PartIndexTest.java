package io.github.kvsviewer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class PartIndexTest {

    /** 10 fps from 0, keyframes at 0 and 3, a 1.1 s jump after frame 4, the stream starting at 0. */
    private static final long[] PTS = {0, 100_000, 200_000, 300_000, 400_000, 1_500_000, 1_600_000};

    private final PartIndex index = new PartIndex(PTS, keyframes(0, 3, 5), 0, 480, 270);

    @Test
    void findsTheKeyframeToDecodeFrom() {
        assertThat(index.keyframeAtOrBefore(0)).isZero();
        assertThat(index.keyframeAtOrBefore(2)).isZero();
        assertThat(index.keyframeAtOrBefore(3)).isEqualTo(3);
        assertThat(index.keyframeAtOrBefore(4)).isEqualTo(3);
        assertThat(index.keyframeAtOrBefore(6)).isEqualTo(5);
        assertThat(index.keyframeCount()).isEqualTo(3);
    }

    @Test
    void aClipWithoutALeadingKeyframeDecodesFromItsStart() {
        PartIndex late = new PartIndex(new long[] {0, 100, 200}, keyframes(2), 0, 16, 16);

        assertThat(late.keyframeAtOrBefore(1)).isZero();
    }

    @Test
    void seekTargetsSitInsideTheFrameEvenNextToAGap() {
        assertThat(index.midFrameSeekTarget(1)).isEqualTo(150_000);
        // the frame before the gap lasts a frame, not the outage
        assertThat(index.midFrameSeekTarget(4)).isEqualTo(450_000);
        assertThat(index.midFrameSeekTarget(5)).isEqualTo(1_550_000);
        assertThat(index.midFrameSeekTarget(6)).isEqualTo(1_650_000);
        assertThat(index.exactSeekTarget(5)).isEqualTo(1_500_000);
    }

    @Test
    void seekTargetsAreRelativeToTheStreamStart() {
        PartIndex offset = new PartIndex(new long[] {40_000, 140_000}, keyframes(0), 40_000, 16, 16);

        assertThat(offset.exactSeekTarget(1)).isEqualTo(100_000);
        assertThat(offset.midFrameSeekTarget(0)).isEqualTo(50_000);
    }

    @Test
    void recognisesDecodedFramesByTheirExactTimestamp() {
        assertThat(index.frameAt(1_500_000)).isEqualTo(5);
        assertThat(index.frameAt(1_500_001)).isEqualTo(-1);
        assertThat(index.framePts()).hasSize(PTS.length);
        assertThat(index.framePts().get(3).keyframe()).isTrue();
        assertThat(index.framePts().get(4).keyframe()).isFalse();
    }

    @Test
    void timestampsMustIncrease() {
        assertThatThrownBy(() -> new PartIndex(new long[] {0, 100, 100}, keyframes(0), 0, 16, 16))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BitSet keyframes(int... frames) {
        BitSet set = new BitSet();
        for (int frame : frames) {
            set.set(frame);
        }
        return set;
    }
}
