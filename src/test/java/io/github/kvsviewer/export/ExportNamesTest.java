package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.clip.FrameTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportNamesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void frameNameIsStreamJapanTimeToTheMillisecondAndIndex() {
        ExportNames names = new ExportNames("cafe-shelf-1", TOKYO);

        assertThat(names.frameBase(frame(3, "2026-11-20T10:00:04.250+09:00")))
                .isEqualTo("cafe-shelf-1_20261120T100004.250+0900_f0003");
        assertThat(names.csvBase(frame(3, "2026-11-20T10:00:04.250+09:00")))
                .isEqualTo("cafe-shelf-1_20261120T100004.250+0900_frames");
    }

    @Test
    void theZoneIsAppliedByTheFormatterAcrossMidnight() {
        // 23:30 UTC is already the next day in Tokyo
        FrameTime lateUtc = frame(0, "2026-11-20T23:30:00.000Z");

        assertThat(new ExportNames("s", TOKYO).frameBase(lateUtc)).isEqualTo("s_20261121T083000.000+0900_f0000");
        assertThat(new ExportNames("s", ZoneOffset.UTC).frameBase(lateUtc)).isEqualTo("s_20261120T233000.000+0000_f0000");
    }

    @Test
    void indexHasAtLeastFourDigits() {
        ExportNames names = new ExportNames("s", TOKYO);

        assertThat(names.frameBase(frame(12345, "2026-11-20T10:00:00.001+09:00"))).endsWith("_f12345");
    }

    @Test
    void namesSortInTimeOrder() {
        ExportNames names = new ExportNames("cafe-shelf-1", TOKYO);
        Instant start = OffsetDateTime.parse("2026-11-20T09:59:58.950+09:00").toInstant();
        List<String> inTimeOrder = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inTimeOrder.add(names.frameBase(new FrameTime(i * 7, start.plusMillis(i * 733L), start, "1")) + ".png");
        }

        assertThat(inTimeOrder).isSorted().doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).doesNotContain(":"));
    }

    @Test
    void streamNamesCannotReachAnotherFolderOrHideTheFile() {
        assertThat(ExportNames.safeStreamPart("cafe_shelf.1-A")).isEqualTo("cafe_shelf.1-A");
        assertThat(ExportNames.safeStreamPart("../etc/passwd")).isEqualTo("_._etc_passwd");
        assertThat(ExportNames.safeStreamPart("レジ 1")).isEqualTo("___1");
        assertThat(ExportNames.safeStreamPart("")).isEqualTo("stream");
        assertThat(ExportNames.safeStreamPart("x".repeat(256))).hasSize(120);
    }

    private static FrameTime frame(int index, String time) {
        Instant instant = OffsetDateTime.parse(time).toInstant();
        return new FrameTime(index, instant, instant, "91343852333181432392682062582735206341920000000");
    }
}
