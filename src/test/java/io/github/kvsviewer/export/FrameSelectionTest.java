package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSelectionTest {

    @Test
    void allIsEveryFrameInOrder() {
        assertThat(FrameSelection.all().resolve(4)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void everyNthStartsAtTheFirstFrameUnlessToldOtherwise() {
        assertThat(FrameSelection.everyNth(3).resolve(10)).containsExactly(0, 3, 6, 9);
        assertThat(FrameSelection.everyNth(3, 2).resolve(10)).containsExactly(2, 5, 8);
        assertThat(FrameSelection.everyNth(1).resolve(3)).containsExactly(0, 1, 2);
        assertThat(FrameSelection.everyNth(Integer.MAX_VALUE, 1).resolve(3)).containsExactly(1);
    }

    @Test
    void indicesComeBackAscendingWithoutRepeats() {
        assertThat(FrameSelection.indices(7, 2, 7, 0).resolve(8)).containsExactly(0, 2, 7);
        assertThat(FrameSelection.indices(List.of(4)).resolve(5)).containsExactly(4);
    }

    @Test
    void aFrameOutsideTheClipIsRejectedWithTheClipsRange() {
        assertThatThrownBy(() -> FrameSelection.indices(3, 50).resolve(50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frame 50 is not in the clip: it has 50 frames (0 to 49)");
        assertThatThrownBy(() -> FrameSelection.everyNth(2, 5).resolve(1))
                .hasMessage("frame 5 is not in the clip: it has 1 frame (0)");
    }

    @Test
    void badSelectionsFailWhereTheyAreMade() {
        assertThatThrownBy(() -> FrameSelection.everyNth(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> FrameSelection.everyNth(2, -1)).hasMessageContaining("start at 0");
        assertThatThrownBy(() -> FrameSelection.indices(1, -2)).hasMessageContaining("start at 0, not -2");
        assertThatThrownBy(FrameSelection::indices).hasMessage("no frame is selected");
    }

    @Test
    void aClipWithoutFramesHasNothingToSelect() {
        assertThatThrownBy(() -> FrameSelection.all().resolve(0)).hasMessage("the clip has no frames to export");
    }
}
