package io.github.kvsviewer.ui.footage;

import static io.github.kvsviewer.ui.footage.FootageArchive.STREAM;
import static io.github.kvsviewer.ui.footage.FootageArchive.jst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.ui.OpenArchive;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.footage.FootageMapLayout.FragmentBox;
import io.github.kvsviewer.ui.footage.FootageMapLayout.Span;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The footage map's model against a real archive over HTTP, without a window: the
 * FX thread runs (Task reports there) but no stage is shown. Tasks run at once on
 * the FX thread and the debounce fires at once, so each step is deterministic.
 */
class FootageMapViewModelTest {

    private static final double WIDTH = 1000;

    @TempDir
    static Path data;
    static FootageArchive footage;

    private final SessionModel session = new SessionModel();
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private CountingVideoArchive counting;
    private FootageMapViewModel model;

    @BeforeAll
    static void startArchive() throws Exception {
        FxToolkit.registerPrimaryStage();
        footage = FootageArchive.start(data);
    }

    @AfterAll
    static void stopArchive() {
        footage.close();
    }

    @BeforeEach
    void connect() {
        counting = new CountingVideoArchive(footage.archive);
        onFx(() -> {
            model = new FootageMapViewModel(session, runner, Runnable::run, Locale.ENGLISH);
            session.archiveProperty().set(new OpenArchive(counting, "the test archive", () -> { }));
            session.streamProperty().set(footage.archive.describeStream(STREAM));
        });
    }

    @Test
    void thePlanReturnsTheFragmentsThatStartInTheRangeBeforeAnythingIsDownloaded() {
        request(jst("10:00:03.000", "10:00:07.000"));

        ClipPlan plan = session.plan().orElseThrow();
        assertThat(plan.requested()).isEqualTo(jst("10:00:03.000", "10:00:07.000"));
        assertThat(plan.returned()).extracting(Fragment::producerTime)
                .containsExactly(jst("10:00:04.250"), jst("10:00:06.250"));
        assertThat(plan.predictedReturned()).contains(jst("10:00:04.250", "10:00:08.250"));
        assertThat(plan.aligned()).contains(jst("10:00:02.250", "10:00:07.000"));
        assertThat(model.canAlignProperty().get()).isTrue();
        assertThat(model.statusProperty().get())
                .startsWith("GetClip returns 2 fragments: 2026-11-20 10:00:04.250 – 10:00:08.250 JST (4.000 s).")
                .contains("Align includes it");
        assertThat(model.failedProperty().get()).isFalse();
    }

    @Test
    void bothEndsOfTheRequestAreInclusive() {
        request(jst("10:00:04.250", "10:00:08.250"));

        assertThat(session.plan().orElseThrow().returned()).extracting(Fragment::producerTime)
                .containsExactly(jst("10:00:04.250"), jst("10:00:06.250"), jst("10:00:08.250"));
        assertThat(model.canAlignProperty().get()).isFalse();
    }

    @Test
    void theLayoutShowsTheGapAndHighlightsWhatGetClipReturns() {
        request(jst("10:00:12.000", "10:00:22.000"));

        FootageMap map = model.mapProperty().get();
        FootageMapLayout layout = model.layout(WIDTH);
        assertThat(layout.gaps()).anySatisfy(gap -> {
            assertThat(gap.x0()).isCloseTo(x(map, jst("10:00:14.250")), within(0.5));
            assertThat(gap.x1()).isCloseTo(x(map, jst("10:00:20.250")), within(0.5));
        });
        assertThat(layout.fragments()).filteredOn(FragmentBox::returned).extracting(box -> box.fragment().producerTime())
                .containsExactly(jst("10:00:12.250"), jst("10:00:20.250"));
        assertThat(layout.fragments()).filteredOn(box -> !box.returned()).isNotEmpty();
        Span returned = layout.returned().orElseThrow();
        assertThat(returned.x0()).isCloseTo(x(map, jst("10:00:12.250")), within(0.5));
        assertThat(returned.x1()).isCloseTo(x(map, jst("10:00:22.250")), within(0.5));
        Span requested = layout.requested().orElseThrow();
        assertThat(requested.x0()).isCloseTo(x(map, jst("10:00:12.000")), within(0.5));
        assertThat(requested.x0()).isLessThan(returned.x0());
        assertThat(layout.zoneLabel()).isEqualTo("JST");
    }

    @Test
    void hoveringDescribesAFragmentAndClickingRequestsExactlyIt() {
        request(jst("10:00:03.000", "10:00:07.000"));
        double middle = middleOf(jst("10:00:04.250"));

        onFx(() -> model.hover(middle, WIDTH));
        Fragment fragment = model.layout(WIDTH).fragmentAt(middle).orElseThrow();
        assertThat(model.hoverTextProperty().get()).isEqualTo("Fragment " + fragment.number()
                + " · starts 2026-11-20 10:00:04.250 JST · 1.900 s long · in the clip");

        onFx(() -> model.clickAt(middle, WIDTH));
        assertThat(model.selectedFragmentProperty().get()).isEqualTo(fragment);
        assertThat(session.requested()).contains(jst("10:00:04.250", "10:00:06.150"));
        assertThat(session.plan().orElseThrow().returned()).containsExactly(fragment);
        assertThat(model.mapProperty().get().selected()).contains(fragment);

        request(jst("10:00:03.000", "10:00:07.000"));
        assertThat(model.selectedFragmentProperty().get()).isNull();
    }

    @Test
    void nothingIsHitInAGap() {
        request(jst("10:00:12.000", "10:00:22.000"));

        assertThat(model.layout(WIDTH).fragmentAt(x(model.mapProperty().get(), jst("10:00:17.000")))).isEmpty();
        onFx(() -> model.clickAt(x(model.mapProperty().get(), jst("10:00:17.000")), WIDTH));
        assertThat(session.requested()).contains(jst("10:00:12.000", "10:00:22.000"));
    }

    @Test
    void alignMovesTheStartBackSoTheWholeRequestIsCovered() {
        request(jst("10:00:03.000", "10:00:07.000"));

        onFx(model::align);

        assertThat(session.requested()).contains(jst("10:00:02.250", "10:00:07.000"));
        ClipPlan plan = session.plan().orElseThrow();
        assertThat(plan.predictedReturned().orElseThrow().start()).isBeforeOrEqualTo(jst("10:00:03.000"));
        assertThat(plan.returned()).extracting(Fragment::producerTime)
                .containsExactly(jst("10:00:02.250"), jst("10:00:04.250"), jst("10:00:06.250"));
        assertThat(model.canAlignProperty().get()).isFalse();
    }

    @Test
    void slidingWithinAListedSpanDoesNotListAgain() {
        request(jst("10:00:03.000", "10:00:07.000"));
        assertThat(counting.listFragmentsCalls()).isEqualTo(1);

        request(jst("10:00:05.000", "10:00:09.000"));
        request(jst("10:00:20.000", "10:00:24.000"));
        assertThat(counting.listFragmentsCalls()).isEqualTo(1);
        assertThat(session.plan().orElseThrow().returned()).extracting(Fragment::producerTime)
                .containsExactly(jst("10:00:20.250"), jst("10:00:22.250"));

        request(jst("11:00:00.000", "11:00:04.000"));
        assertThat(counting.listFragmentsCalls()).isEqualTo(2);
        assertThat(session.plan().orElseThrow().isEmpty()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("No fragment starts in the requested range: GetClip would return nothing.");

        request(jst("10:00:03.000", "10:00:07.000"));
        assertThat(counting.listFragmentsCalls()).as("both listings are kept").isEqualTo(2);

        onFx(model::refresh);
        assertThat(counting.listFragmentsCalls()).isEqualTo(3);
        assertThat(runner.started()).isEqualTo(3);
    }

    @Test
    void anArchiveErrorIsAnInlineStatus() {
        String expected = catchThrowableOfType(ArchiveException.class, () -> footage.archive.listFragments(
                "no-such-stream", jst("10:00:00", "10:01:00"), TimestampKind.PRODUCER)).getMessage();
        StreamInfo missing = new StreamInfo("no-such-stream", "arn:aws:kinesisvideo:ap-northeast-1:000000000000:stream/no-such-stream/1",
                "video/h264", "none", 24, Instant.parse("2026-11-01T00:00:00Z"), "1");

        onFx(() -> {
            session.requestedProperty().set(jst("10:00:03.000", "10:00:07.000"));
            session.streamProperty().set(missing);
        });

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo(expected).isNotBlank();
        assertThat(session.plan()).isEmpty();
        assertThat(model.mapProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void withoutAStreamOrRangeItSaysWhatIsMissing() {
        assertThat(model.statusProperty().get()).isEqualTo("Choose a time range to see its footage.");

        onFx(() -> session.streamProperty().set(null));
        assertThat(model.statusProperty().get()).isEqualTo("Choose a stream to see its footage.");
        assertThat(counting.listFragmentsCalls()).isZero();
    }

    @Test
    void anotherZoneRelabelsTheAxisAndTheStatus() {
        request(jst("10:00:03.000", "10:00:07.000"));
        List<String> japan = model.layout(WIDTH).ticks().stream().map(FootageMapLayout.Tick::label).toList();
        assertThat(japan).isNotEmpty().allMatch(label -> label.matches("(09:59|10:00):\\d\\d"));

        onFx(() -> session.zoneProperty().set(ZoneId.of("UTC")));

        FootageMapLayout layout = model.layout(WIDTH);
        assertThat(layout.zoneLabel()).isEqualTo("UTC");
        assertThat(layout.ticks()).extracting(FootageMapLayout.Tick::label).hasSameSizeAs(japan)
                .allMatch(label -> label.matches("(00:59|01:00):\\d\\d"));
        assertThat(model.statusProperty().get()).contains("2026-11-20 01:00:04.250 – 01:00:08.250 UTC");
        assertThat(counting.listFragmentsCalls()).isEqualTo(1);
    }

    @Test
    void theStatusIsInTheChosenLanguage() {
        SessionModel other = new SessionModel();
        FootageMapViewModel[] japanese = new FootageMapViewModel[1];
        onFx(() -> {
            japanese[0] = new FootageMapViewModel(other, runner, Runnable::run, Locale.JAPANESE);
            other.archiveProperty().set(new OpenArchive(counting, "the test archive", () -> { }));
            other.streamProperty().set(footage.archive.describeStream(STREAM));
            other.requestedProperty().set(jst("10:00:03.000", "10:00:07.000"));
        });

        assertThat(japanese[0].statusProperty().get())
                .startsWith("GetClip は 2 個のフラグメントを返します: 2026-11-20 10:00:04.250 – 10:00:08.250 JST（4.000 s）。")
                .endsWith("「揃える」で含められます。");
    }

    private void request(TimeRange range) {
        onFx(() -> session.requestedProperty().set(range));
    }

    private double middleOf(Instant fragmentStart) {
        return model.layout(WIDTH).fragments().stream()
                .filter(box -> box.fragment().producerTime().equals(fragmentStart))
                .map(box -> (box.span().x0() + box.span().x1()) / 2)
                .findFirst().orElseThrow();
    }

    private static double x(FootageMap map, Instant at) {
        return Duration.between(map.window().start(), at).toMillis() * WIDTH / map.window().duration().toMillis();
    }

    /** Runs on the FX thread, then lets what it queued there (task outcomes) run too. */
    static void onFx(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
