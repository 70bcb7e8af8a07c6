package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-20T01:00:00.250Z");

    @TempDir
    Path data;

    @Test
    void streamsAndFragmentsSurviveReopening() throws IOException {
        FragmentStore store = FragmentStore.open(data);
        StreamInfo info = store.createStream("cam-1", "ap-northeast-1", "camera", 48, T0);
        Fragment first = store.appendFragment("cam-1", T0, T0.plusMillis(320), media(0, 15));
        Fragment second = store.appendFragment("cam-1", T0.plusSeconds(2), T0.plusMillis(2310), media(1, 15));

        assertThat(info.arn()).matches("arn:aws:kinesisvideo:ap-northeast-1:\\d{12}:stream/cam-1/\\d+");
        assertThat(info.mediaType()).isEqualTo("video/h264");
        assertThat(first.number()).hasSize(47);
        assertThat(new BigInteger(second.number())).isGreaterThan(new BigInteger(first.number()));
        // Length runs from the first to the last frame, as KVS reports it: 14 frame steps of 133 ms.
        assertThat(first.length()).isEqualTo(Duration.ofMillis(14 * 133));

        FragmentStore reopened = FragmentStore.open(data);
        assertThat(reopened.streams()).containsExactly(info);
        assertThat(reopened.streamByArn(info.arn())).contains(info);
        assertThat(reopened.fragments("cam-1")).containsExactly(first, second);
        FragmentMedia media = reopened.readMedia("cam-1", second.number());
        assertThat(media.units()).hasSize(15);
        assertThat(media.units().get(3).data()).isEqualTo(media(1, 15).units().get(3).data());
        assertThat(media.codecPrivateData()).isEqualTo(new byte[] {1, 100, 0, 31});
    }

    @Test
    void fragmentSizeIsTheStoredMediaSize() throws IOException {
        FragmentStore store = FragmentStore.open(data);
        store.createStream("cam", "ap-northeast-1", "camera", 1, T0);
        Fragment fragment = store.appendFragment("cam", T0, T0, media(0, 5));
        Path file = data.resolve("streams/cam/fragments/" + fragment.number() + ".frag");
        assertThat(fragment.sizeBytes()).isEqualTo(Files.size(file)).isGreaterThan(media(0, 5).payloadBytes());
    }

    @Test
    void tornIndexLineAndOrphanTempFileAreIgnoredAndRepaired() throws IOException {
        FragmentStore store = FragmentStore.open(data);
        store.createStream("cam", "ap-northeast-1", "camera", 1, T0);
        Fragment kept = store.appendFragment("cam", T0, T0, media(0, 3));
        Path dir = data.resolve("streams/cam");
        Files.write(dir.resolve("index.jsonl"), "{\"number\":\"9134".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        Files.write(dir.resolve("fragments/orphan.frag.tmp"), new byte[] {1, 2, 3});

        FragmentStore reopened = FragmentStore.open(data);
        assertThat(reopened.fragments("cam")).containsExactly(kept);
        Fragment next = reopened.appendFragment("cam", T0.plusSeconds(2), T0.plusSeconds(2), media(1, 3));
        assertThat(FragmentStore.open(data).fragments("cam")).containsExactly(kept, next);
    }

    @Test
    void damagedMediaIsDetected() throws IOException {
        FragmentStore store = FragmentStore.open(data);
        store.createStream("cam", "ap-northeast-1", "camera", 1, T0);
        Fragment fragment = store.appendFragment("cam", T0, T0, media(0, 3));
        assertThat(store.isIntact("cam")).isTrue();

        Path file = data.resolve("streams/cam/fragments/" + fragment.number() + ".frag");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x55;
        Files.write(file, bytes);

        assertThat(store.isIntact("cam")).isFalse();
        assertThatThrownBy(() -> store.readMedia("cam", fragment.number())).hasMessageContaining("damaged");
    }

    @Test
    void rejectsInvalidNamesAndDuplicates() throws IOException {
        FragmentStore store = FragmentStore.open(data);
        store.createStream("cam", "ap-northeast-1", "camera", 1, T0);
        assertThatThrownBy(() -> store.createStream("cam", "ap-northeast-1", "camera", 1, T0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.createStream("bad/name", "ap-northeast-1", "camera", 1, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.fragments("missing")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteStreamRemovesItsFiles() throws IOException {
        FragmentStore store = FragmentStore.open(data);
        store.createStream("cam", "ap-northeast-1", "camera", 1, T0);
        store.appendFragment("cam", T0, T0, media(0, 2));
        store.deleteStream("cam");
        assertThat(store.streams()).isEmpty();
        assertThat(data.resolve("streams/cam")).doesNotExist();
        assertThat(FragmentStore.open(data).streams()).isEmpty();
    }

    /** Fake AVCC payloads: the store does not look inside them. */
    private static FragmentMedia media(int seed, int frames) {
        List<AccessUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < frames; i++) {
            units.add(new AccessUnit(i * 133, i == 0, ("frame " + seed + "/" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return new FragmentMedia(64, 48, new byte[] {1, 100, 0, 31}, units);
    }
}
