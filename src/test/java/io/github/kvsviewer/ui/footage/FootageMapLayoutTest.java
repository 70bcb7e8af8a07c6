package io.github.kvsviewer.ui.footage;

import static io.github.kvsviewer.ui.footage.FootageArchive.jst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.ui.footage.FootageMapLayout.FragmentBox;
import io.github.kvsviewer.ui.footage.FootageMapLayout.Span;
import io.github.kvsviewer.ui.footage.FootageMapLayout.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The map in pixels, from made-up fragments: no archive, no canvas. 20 s over 200 px is 10 px a second. */
class FootageMapLayoutTest {

    private static Fragment fragment(String number, String start) {
        Instant at = jst(start);
        return new Fragment(number, at, at.plusMillis(300), Duration.ofMillis(1900), 1000);
    }

    private static final Fragment F0 = fragment("100", "10:00:00.250");
    private static final Fragment F1 = fragment("101", "10:00:02.250");
    private static final Fragment F2 = fragment("102", "10:00:04.250");
    private static final Fragment F3 = fragment("103", "10:00:10.250");
    private static final TimeRange WINDOW = jst("10:00:00.000", "10:00:20.000");

    private static FootageMap map(TimeRange window, List<Fragment> fragments, Optional<Fragment> selected) {
        return new FootageMap(window, TimeDisplay.JAPAN, fragments, Set.of("101", "102"), jst("10:00:02.000", "10:00:05.000"),
                Optional.of(jst("10:00:02.250", "10:00:06.250")), Optional.of(jst("10:00:00.250", "10:00:05.000")), selected);
    }

    private final FootageMapLayout layout = FootageMapLayout.of(map(WINDOW, List.of(F3, F1, F0, F2), Optional.of(F1)), 200);

    @Test
    void fragmentsAbutThroughTheirLastFrameAndKnowIfTheyAreReturnedOrSelected() {
        assertThat(layout.fragments()).extracting(FragmentBox::fragment).containsExactly(F0, F1, F2, F3);
        assertThat(layout.fragments()).extracting(box -> box.span().x0()).containsExactly(2.5, 22.5, 42.5, 102.5);
        assertThat(layout.fragments()).extracting(box -> box.span().x1()).containsExactly(22.5, 42.5, 62.5, 122.5);
        assertThat(layout.fragments()).extracting(FragmentBox::returned).containsExactly(false, true, true, false);
        assertThat(layout.fragments()).extracting(FragmentBox::selected).containsExactly(false, true, false, false);
    }

    @Test
    void stretchesWithoutFramesAreGapsButFrameSpacingIsNot() {
        assertThat(layout.gaps()).containsExactly(new Span(62.5, 102.5), new Span(122.5, 200));
    }

    @Test
    void theRequestedReturnedAndAlignedRangesInPixels() {
        assertThat(layout.requested()).contains(new Span(20, 50));
        assertThat(layout.returned()).contains(new Span(22.5, 62.5));
        assertThat(layout.aligned()).contains(new Span(2.5, 50));
    }

    @Test
    void hitTestingFindsTheFragmentUnderX() {
        assertThat(layout.fragmentAt(22.5)).contains(F1);
        assertThat(layout.fragmentAt(42.4)).contains(F1);
        assertThat(layout.fragmentAt(110)).contains(F3);
        assertThat(layout.fragmentAt(80)).isEmpty();
        assertThat(layout.fragmentAt(1)).as("within the slop of the first fragment").contains(F0);
    }

    @Test
    void aFragmentNarrowerThanAPixelCanStillBeHit() {
        FootageMapLayout hour = FootageMapLayout.of(map(jst("09:30:00.000", "10:30:00.000"), List.of(F3), Optional.empty()), 1000);
        Span box = hour.fragments().get(0).span();
        assertThat(box.width()).isLessThan(1);

        assertThat(hour.fragmentAt(box.x0() - 2)).contains(F3);
        assertThat(hour.fragmentAt(box.x1() + 2)).contains(F3);
        assertThat(hour.fragmentAt(box.x1() + 5)).isEmpty();
    }

    @Test
    void axisTicksFallOnRoundTimesOfTheZone() {
        assertThat(layout.ticks()).extracting(Tick::label).containsExactly("10:00:00", "10:00:10", "10:00:20");
        assertThat(layout.ticks()).extracting(Tick::x).containsExactly(0.0, 100.0, 200.0);
        assertThat(layout.zoneLabel()).isEqualTo("JST");

        FootageMapLayout wide = FootageMapLayout.of(map(jst("09:30:00.000", "10:30:00.000"), List.of(), Optional.empty()), 1000);
        assertThat(wide.ticks()).extracting(Tick::label).startsWith("09:30", "09:35").endsWith("10:30");
        assertThat(wide.ticks().get(1).x()).isCloseTo(1000.0 / 12, within(1e-9));
    }

    @Test
    void aMapWithNoFragmentsIsOneGapAndNoWidthIsEmpty() {
        FootageMapLayout none = FootageMapLayout.of(map(WINDOW, List.of(), Optional.empty()), 200);
        assertThat(none.gaps()).containsExactly(new Span(0, 200));
        assertThat(none.fragmentAt(100)).isEmpty();

        FootageMapLayout collapsed = FootageMapLayout.of(map(WINDOW, List.of(F0), Optional.empty()), 0);
        assertThat(collapsed.fragments()).isEmpty();
        assertThat(collapsed.ticks()).isEmpty();
    }
}
