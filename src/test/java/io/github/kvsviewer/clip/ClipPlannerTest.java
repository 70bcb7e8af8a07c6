package io.github.kvsviewer.clip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Like cafe-shelf-1: 2 s fragments from 10:00:00.250 JST, 15 fps, so each is 1933 ms long. */
class ClipPlannerTest {

    private static Instant jst(String localTime) {
        return OffsetDateTime.parse("2026-11-20T" + localTime + "+09:00").toInstant();
    }

    private static List<Fragment> fragments(int count, long sizeBytes) {
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = jst("10:00:00.250").plusSeconds(2L * i);
            out.add(new Fragment(String.valueOf(1000 + i), start, start.plusMillis(300), Duration.ofMillis(1933), sizeBytes));
        }
        // ListFragments does not order its results.
        Collections.shuffle(out, new Random(7));
        return out;
    }

    private final ClipPlanner planner = new ClipPlanner();

    @Test
    void startInsideAFragmentLosesItAndTheEndRunsPastTheRequest() {
        ClipPlan plan = planner.plan(new TimeRange(jst("10:00:03.500"), jst("10:00:06.500")), fragments(10, 1000));

        assertThat(plan.returned()).extracting(Fragment::producerTime)
                .containsExactly(jst("10:00:04.250"), jst("10:00:06.250"));
        assertThat(plan.predictedReturned()).contains(new TimeRange(jst("10:00:04.250"), jst("10:00:08.250")));
        assertThat(plan.predictedDuration()).isEqualTo(Duration.ofSeconds(4));
        assertThat(plan.aligned()).contains(new TimeRange(jst("10:00:02.250"), jst("10:00:06.500")));
        assertThat(plan.parts()).singleElement().satisfies(part ->
                assertThat(part.range()).isEqualTo(new TimeRange(jst("10:00:04.250"), jst("10:00:06.250"))));
    }

    @Test
    void theAlignedRangeReturnsTheFragmentThatCoversTheStart() {
        TimeRange aligned = planner.plan(new TimeRange(jst("10:00:03.500"), jst("10:00:06.500")), fragments(10, 1000))
                .aligned().orElseThrow();
        ClipPlan again = planner.plan(aligned, fragments(10, 1000));
        assertThat(again.returned().get(0).producerTime()).isEqualTo(jst("10:00:02.250"));
        assertThat(again.predictedReturned().orElseThrow().start()).isBeforeOrEqualTo(jst("10:00:03.500"));
        assertThat(again.aligned()).isEmpty();
    }

    @Test
    void boundariesAreInclusiveToTheMillisecond() {
        List<Fragment> all = fragments(10, 1000);
        Instant boundary = jst("10:00:04.250");
        TimeRange onStart = new TimeRange(boundary, jst("10:00:05.000"));
        TimeRange justBefore = new TimeRange(boundary.minusMillis(1), jst("10:00:05.000"));
        TimeRange justAfter = new TimeRange(boundary.plusMillis(1), jst("10:00:07.000"));
        assertThat(planner.plan(onStart, all).returned()).extracting(Fragment::producerTime).containsExactly(boundary);
        assertThat(planner.plan(justBefore, all).returned()).extracting(Fragment::producerTime).containsExactly(boundary);
        assertThat(planner.plan(justAfter, all).returned()).extracting(Fragment::producerTime)
                .containsExactly(jst("10:00:06.250"));
        assertThat(planner.plan(justAfter, all).aligned().orElseThrow().start()).isEqualTo(boundary);

        TimeRange endOnStart = new TimeRange(jst("10:00:03.000"), boundary);
        TimeRange endJustBefore = new TimeRange(jst("10:00:03.000"), boundary.minusMillis(1));
        assertThat(planner.plan(endOnStart, all).returned()).hasSize(1);
        assertThat(planner.plan(endJustBefore, all).returned()).isEmpty();
    }

    @Test
    void longRangesAreSplitAt200FragmentsWithNothingLostOrRepeated() {
        List<Fragment> all = fragments(450, 1000);
        ClipPlan plan = planner.plan(new TimeRange(jst("10:00:00.000"), jst("10:20:00.000")), all);

        assertThat(plan.returned()).hasSize(450);
        assertThat(plan.parts()).extracting(p -> p.fragments().size()).containsExactly(200, 200, 50);
        List<Fragment> joined = plan.parts().stream().flatMap(p -> p.fragments().stream()).toList();
        assertThat(joined).containsExactlyElementsOf(plan.returned());
        for (ClipPart part : plan.parts()) {
            // Each part's range selects exactly its own fragments under the inclusion rule.
            assertThat(planner.plan(part.range(), all).returned()).containsExactlyElementsOf(part.fragments());
        }
    }

    @Test
    void partsStayUnder100MegabytesOfMedia() {
        List<Fragment> all = fragments(30, 9L * 1024 * 1024);
        ClipPlan plan = planner.plan(new TimeRange(jst("10:00:00.000"), jst("10:01:00.000")), all);
        assertThat(plan.parts()).extracting(p -> p.fragments().size()).containsExactly(11, 11, 8);
        assertThat(plan.parts()).allSatisfy(p -> assertThat(p.bytes()).isLessThanOrEqualTo(100L * 1024 * 1024));
    }

    @Test
    void noFragmentInRangeIsAnEmptyPlan() {
        ClipPlan plan = planner.plan(new TimeRange(jst("11:00:00"), jst("11:00:05")), fragments(10, 1000));
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.parts()).isEmpty();
        assertThat(plan.predictedReturned()).isEmpty();
    }
}
