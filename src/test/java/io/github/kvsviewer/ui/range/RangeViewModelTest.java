package io.github.kvsviewer.ui.range;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The range panel's model, without a window: typed JST times, the slider window, nudges, zone and settings. */
class RangeViewModelTest {

    @TempDir
    Path dir;

    private final SessionModel session = new SessionModel();
    private Settings settings;
    private RangeViewModel model;

    private static Instant jst(String dateTime) {
        return OffsetDateTime.parse(dateTime + "+09:00").toInstant();
    }

    /** 2026-11-20 10:00:00.250 – 10:00:04.250 JST: 01:00:00.250Z – 01:00:04.250Z. */
    private static final TimeRange FOUR_SECONDS = new TimeRange(jst("2026-11-20T10:00:00.250"), jst("2026-11-20T10:00:04.250"));

    @BeforeEach
    void setUp() {
        settings = Settings.load(dir.resolve("settings.json"));
        model = new RangeViewModel(session, settings, Locale.ENGLISH);
        model.setRange(FOUR_SECONDS);
    }

    @Test
    void showsTheRangeInJapanTime() {
        assertThat(FOUR_SECONDS.start()).isEqualTo(Instant.parse("2026-11-20T01:00:00.250Z"));
        assertThat(model.startTextProperty().get()).isEqualTo("2026-11-20 10:00:00.250");
        assertThat(model.endTextProperty().get()).isEqualTo("2026-11-20 10:00:04.250");
        assertThat(model.durationTextProperty().get()).isEqualTo("Duration: 4.000 s");
        assertThat(model.zoneTextProperty().get()).isEqualTo("JST");
        assertThat(model.dayProperty().get()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aTypedJapanTimeBecomesTheRightInstant() {
        assertThat(model.applyStart("2026-11-20 10:00:01.500")).isTrue();
        assertThat(session.requested()).contains(new TimeRange(Instant.parse("2026-11-20T01:00:01.500Z"), FOUR_SECONDS.end()));

        assertThat(model.applyEnd("2026-11-20T10:00:09.125")).isTrue();
        assertThat(session.requested().orElseThrow().end()).isEqualTo(Instant.parse("2026-11-20T01:00:09.125Z"));
        assertThat(model.endTextProperty().get()).isEqualTo("2026-11-20 10:00:09.125");
        assertThat(model.durationTextProperty().get()).isEqualTo("Duration: 7.625 s");
    }

    @Test
    void aClockTimeAloneIsOnTheDayShownAndAnOffsetIsHonoured() {
        model.applyStart("10:00:02");
        assertThat(session.requested().orElseThrow().start()).isEqualTo(jst("2026-11-20T10:00:02"));

        model.applyEnd("2026-11-20T01:00:06.750Z");
        assertThat(session.requested().orElseThrow().end()).isEqualTo(jst("2026-11-20T10:00:06.750"));
    }

    @Test
    void invalidTextKeepsTheLastGoodRangeAndSaysWhy() {
        assertThat(model.applyStart("2026-11-20 25:00")).isFalse();

        assertThat(session.requested()).contains(FOUR_SECONDS);
        assertThat(model.startTextProperty().get()).isEqualTo("2026-11-20 10:00:00.250");
        assertThat(model.startErrorProperty().get())
                .contains("'2026-11-20 25:00' is not a time")
                .contains("2026-11-20 10:00:00.250")
                .contains("Asia/Tokyo");

        assertThat(model.applyStart("10:00:01")).isTrue();
        assertThat(model.startErrorProperty().get()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThat(model.applyEnd("09:59:59")).isFalse();

        assertThat(session.requested()).contains(FOUR_SECONDS);
        assertThat(model.endErrorProperty().get()).isEqualTo("The end must be after the start (2026-11-20 10:00:00.250).");
        model.discardEdits();
        assertThat(model.endErrorProperty().get()).isEmpty();
    }

    @Test
    void aStartAfterTheEndMovesTheWholeRange() {
        model.applyStart("10:30:00");

        assertThat(session.requested()).contains(TimeRange.of(jst("2026-11-20T10:30:00"), Duration.ofSeconds(4)));
    }

    @Test
    void errorsAreInTheChosenLanguage() {
        RangeViewModel japanese = new RangeViewModel(session, settings, Locale.JAPANESE);

        japanese.applyStart("あした");

        assertThat(japanese.startErrorProperty().get()).startsWith("「あした」は時刻として読めません。");
        assertThat(japanese.durationTextProperty().get()).isEqualTo("長さ: 4.000 s");
    }

    @Test
    void anotherZoneShowsAndReadsTheSameInstantsInThatZone() {
        session.zoneProperty().set(ZoneOffset.UTC);

        assertThat(session.requested()).contains(FOUR_SECONDS);
        assertThat(model.startTextProperty().get()).isEqualTo("2026-11-20 01:00:00.250");
        assertThat(model.zoneTextProperty().get()).isEqualTo("Z");
        assertThat(model.slider().tickLabel(FOUR_SECONDS.start().toEpochMilli())).isEqualTo("01:00");

        model.applyStart("01:00:02");
        assertThat(session.requested().orElseThrow().start()).isEqualTo(Instant.parse("2026-11-20T01:00:02Z"));
    }

    @Test
    void theControlsFollowARangeSetElsewhere() {
        session.requestedProperty().set(new TimeRange(jst("2026-11-21T23:59:58"), jst("2026-11-22T00:00:03")));

        assertThat(model.startTextProperty().get()).isEqualTo("2026-11-21 23:59:58.000");
        assertThat(model.endTextProperty().get()).isEqualTo("2026-11-22 00:00:03.000");
        assertThat(model.dayProperty().get()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(model.slider().windowProperty().get()).isEqualTo(new TimeRange(jst("2026-11-21T00:00"), jst("2026-11-22T00:00")));
    }

    @Test
    void nudgesMoveByTheRangeLengthOrBySeconds() {
        model.pageForward();
        assertThat(session.requested()).contains(TimeRange.of(jst("2026-11-20T10:00:04.250"), Duration.ofSeconds(4)));
        model.stepBack();
        assertThat(session.requested()).contains(TimeRange.of(jst("2026-11-20T10:00:03.250"), Duration.ofSeconds(4)));
        model.pageBack();
        model.stepForward();
        assertThat(session.requested()).contains(TimeRange.of(jst("2026-11-20T10:00:00.250"), Duration.ofSeconds(4)));
    }

    @Test
    void anotherDayKeepsTheClockTimesAndLength() {
        model.showDay(LocalDate.of(2026, 11, 18));

        assertThat(session.requested()).contains(TimeRange.of(jst("2026-11-18T10:00:00.250"), Duration.ofSeconds(4)));
    }

    @Test
    void zoomGoesFromTheDayToHoursToMinutesAroundTheRange() {
        assertThat(model.slider().zoomProperty().get()).isEqualTo(ZoomLevel.DAY);
        assertThat(model.slider().windowProperty().get()).isEqualTo(new TimeRange(jst("2026-11-20T00:00"), jst("2026-11-21T00:00")));
        assertThat(model.slider().minProperty().get()).isEqualTo(jst("2026-11-20T00:00").toEpochMilli());
        assertThat(model.slider().lowValueProperty().get()).isEqualTo(FOUR_SECONDS.start().toEpochMilli());
        assertThat(model.slider().canZoomOutProperty().get()).isFalse();

        model.slider().zoomIn();
        assertThat(model.slider().zoomProperty().get()).isEqualTo(ZoomLevel.HOURS);
        assertThat(model.slider().windowProperty().get()).isEqualTo(new TimeRange(jst("2026-11-20T09:00"), jst("2026-11-20T11:00")));

        model.slider().zoomIn();
        assertThat(model.slider().zoomProperty().get()).isEqualTo(ZoomLevel.MINUTES);
        assertThat(model.slider().windowProperty().get()).isEqualTo(new TimeRange(jst("2026-11-20T09:59:00"), jst("2026-11-20T10:01:00")));
        assertThat(model.slider().tickLabel(model.slider().minProperty().get())).isEqualTo("09:59:00");
        assertThat(model.slider().canZoomInProperty().get()).isFalse();
        assertThat(settings.get(RangeViewModel.ZOOM_KEY)).contains("MINUTES");

        model.slider().zoomOut();
        assertThat(model.slider().zoomProperty().get()).isEqualTo(ZoomLevel.HOURS);
    }

    @Test
    void theWindowFollowsARangeThatLeavesItAndWidensForALongOne() {
        model.slider().setZoom(ZoomLevel.MINUTES);
        TimeRange before = model.slider().windowProperty().get();
        model.pageForward();
        assertThat(model.slider().windowProperty().get()).as("still inside: the slider does not move").isEqualTo(before);

        model.setRange(TimeRange.of(jst("2026-11-20T10:30:00"), Duration.ofMinutes(5)));
        TimeRange window = model.slider().windowProperty().get();
        assertThat(window.start()).isBefore(jst("2026-11-20T10:30:00"));
        assertThat(window.end()).isAfter(jst("2026-11-20T10:35:00"));
    }

    @Test
    void draggedThumbsSnapToTheZoomStep() {
        model.slider().setZoom(ZoomLevel.MINUTES);

        model.slider().dragTo(jst("2026-11-20T10:00:01.234").toEpochMilli(), jst("2026-11-20T10:00:05.678").toEpochMilli());

        assertThat(session.requested()).contains(new TimeRange(jst("2026-11-20T10:00:01.200"), jst("2026-11-20T10:00:05.700")));
        assertThat(model.slider().lowValueProperty().get()).isEqualTo(jst("2026-11-20T10:00:01.200").toEpochMilli());

        model.slider().dragTo(jst("2026-11-20T10:00:03").toEpochMilli(), jst("2026-11-20T10:00:03").toEpochMilli());
        assertThat(session.requested()).contains(new TimeRange(jst("2026-11-20T10:00:03"), jst("2026-11-20T10:00:03.100")));
    }

    @Test
    void theRangeIsRememberedAndRestored() {
        assertThat(settings.get(RangeViewModel.START_KEY)).contains("2026-11-20T01:00:00.250Z");
        assertThat(settings.get(RangeViewModel.END_KEY)).contains("2026-11-20T01:00:04.250Z");
        settings.save();

        SessionModel next = new SessionModel();
        RangeViewModel restored = new RangeViewModel(next, Settings.load(dir.resolve("settings.json")), Locale.ENGLISH);
        assertThat(restored.restoreRemembered()).isTrue();
        assertThat(next.requested()).contains(FOUR_SECONDS);
        assertThat(restored.startTextProperty().get()).isEqualTo("2026-11-20 10:00:00.250");
    }

    @Test
    void withNothingRememberedTheAppSetsADefault() {
        SessionModel fresh = new SessionModel();
        RangeViewModel empty = new RangeViewModel(fresh, Settings.load(dir.resolve("none.json")), Locale.ENGLISH);

        assertThat(empty.restoreRemembered()).isFalse();
        assertThat(empty.hasRangeProperty().get()).isFalse();
        assertThat(empty.startTextProperty().get()).isEmpty();

        empty.setRange(FOUR_SECONDS);
        assertThat(empty.hasRangeProperty().get()).isTrue();
        assertThat(fresh.requested()).contains(FOUR_SECONDS);
    }

    @Test
    void aDamagedRememberedRangeIsIgnored() {
        Settings damaged = Settings.load(dir.resolve("damaged.json"));
        damaged.put(RangeViewModel.START_KEY, "yesterday");
        damaged.put(RangeViewModel.END_KEY, "2026-11-20T01:00:04.250Z");
        damaged.put(RangeViewModel.ZOOM_KEY, "WEEKS");
        SessionModel fresh = new SessionModel();
        RangeViewModel restored = new RangeViewModel(fresh, damaged, Locale.ENGLISH);

        assertThat(restored.restoreRemembered()).isFalse();
        assertThat(fresh.requested()).isEmpty();
        assertThat(restored.slider().zoomProperty().get()).isEqualTo(ZoomLevel.DAY);
    }
}
