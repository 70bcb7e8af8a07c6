package io.github.kvsviewer.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeInputTest {

    private static final ZoneId TOKYO = TimeDisplay.JAPAN;

    @Test
    void aTimeWithoutOffsetIsReadInTheZoneNeverAsUtc() {
        Instant local = TimeInput.parseInstant("2026-11-20T10:00:03.5", TOKYO);
        assertThat(local).isEqualTo(Instant.parse("2026-11-20T01:00:03.500Z"));
        assertThat(TimeInput.parseInstant("2026-11-20 10:00:03.500", TOKYO)).isEqualTo(local);
        assertThat(TimeInput.parseInstant("2026-11-20T10:00:03.5", ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-11-20T10:00:03.500Z"));
    }

    @Test
    void anOffsetMeansExactlyThatWhateverTheZone() {
        Instant expected = Instant.parse("2026-11-20T01:00:03.500Z");
        assertThat(TimeInput.parseInstant("2026-11-20T10:00:03.500+09:00", ZoneId.of("UTC"))).isEqualTo(expected);
        assertThat(TimeInput.parseInstant("2026-11-20T01:00:03.500Z", TOKYO)).isEqualTo(expected);
    }

    @Test
    void badTimesSayWhatIsAccepted() {
        assertThatThrownBy(() -> TimeInput.parseInstant("10:00", TOKYO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> TimeInput.parseInstant("2026-11-31T10:00", TOKYO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationsInEverydayAndIsoForms() {
        assertThat(TimeInput.parseDuration("3s")).isEqualTo(Duration.ofSeconds(3));
        assertThat(TimeInput.parseDuration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(TimeInput.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(TimeInput.parseDuration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TimeInput.parseDuration("2m5s")).isEqualTo(Duration.ofSeconds(125));
        assertThat(TimeInput.parseDuration("PT3S")).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> TimeInput.parseDuration("3 seconds")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> TimeInput.parseDuration("0s")).hasMessageContaining("longer than zero");
    }

    @Test
    void displayIsInTheZoneToTheMillisecond() {
        TimeDisplay display = new TimeDisplay(TOKYO);
        Instant start = Instant.parse("2026-11-20T01:00:04.250Z");
        assertThat(display.dateTime(start)).isEqualTo("2026-11-20 10:00:04.250");
        assertThat(display.range(new TimeRange(start, start.plusSeconds(4))))
                .isEqualTo("2026-11-20 10:00:04.250 – 10:00:08.250 JST");
        assertThat(TimeDisplay.duration(Duration.ofMillis(4000))).isEqualTo("4.000 s");
        assertThat(TimeDisplay.duration(Duration.ofMillis(125_250))).isEqualTo("2 min 5.250 s");
    }
}
