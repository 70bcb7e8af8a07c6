package io.github.kvsviewer.decode;

import static io.github.kvsviewer.decode.ClipDecoderTest.shuffled;
import static io.github.kvsviewer.decode.ClipDecoderTest.strip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.ClipBytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayFrameCacheTest {

    private static final int FRAME_BYTES = 4 * 10 * 10;

    @Test
    void neverHoldsMoreThanItsBudgetAndEvictsTheLeastRecentlyUsed() {
        DisplayFrameCache cache = new DisplayFrameCache(3 * FRAME_BYTES + FRAME_BYTES / 2);
        cache.put(frame(0));
        cache.put(frame(1));
        cache.put(frame(2));
        cache.get(0); // 1 is now the least recently used

        cache.put(frame(3));

        assertThat(cache.contains(1)).isFalse();
        assertThat(cache.contains(0)).isTrue();
        assertThat(cache.contains(2)).isTrue();
        assertThat(cache.contains(3)).isTrue();
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.bytes()).isEqualTo(3L * FRAME_BYTES).isLessThanOrEqualTo(cache.budgetBytes());
    }

    @Test
    void accountingStaysExactWhateverComesIn() {
        DisplayFrameCache cache = new DisplayFrameCache(5 * FRAME_BYTES);
        for (int round = 0; round < 3; round++) {
            for (int i : shuffled(40, round)) {
                cache.put(frame(i % 12)); // replacing a frame must not count it twice

                assertThat(cache.bytes()).isLessThanOrEqualTo(cache.budgetBytes())
                        .isEqualTo((long) cache.size() * FRAME_BYTES);
            }
        }
        cache.clear();
        assertThat(cache.bytes()).isZero();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFrameLargerThanTheBudgetIsNotKept() {
        DisplayFrameCache cache = new DisplayFrameCache(FRAME_BYTES - 1);

        cache.put(frame(0));

        assertThat(cache.get(0)).isEmpty();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void eachFrameHandedOutIsItsOwnView() {
        DisplayFrameCache cache = new DisplayFrameCache(FRAME_BYTES);
        cache.put(frame(7));

        DisplayFrame first = cache.get(7).orElseThrow();
        first.bgra().position(40);
        DisplayFrame second = cache.get(7).orElseThrow();

        assertThat(second.bgra().position()).isZero();
        assertThat(second.bgra().get(0)).isEqualTo((byte) 7);
        assertThat(second.bgra().isReadOnly()).isTrue();
    }

    @Test
    void writablePixelsAreRefused() {
        DisplayFrameCache cache = new DisplayFrameCache(FRAME_BYTES);
        DisplayFrame writable = new DisplayFrame(0, 10, 10, 40, ByteBuffer.allocate(FRAME_BYTES));

        assertThatThrownBy(() -> cache.put(writable)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClipsDisplayCacheStaysWithinItsBudget() throws IOException {
        TestFootage footage = TestFootage.shared();
        ClipBytes clip = TestFootage.clipBytes(footage.fragments, footage.fragmentedMp4(footage.fragments));
        long frameBytes = 480L * 270 * 4;
        long budget = 5 * frameBytes + frameBytes / 3;

        try (InMemoryDecodedClip decoded = (InMemoryDecodedClip) ClipDecoder.open(List.of(clip),
                DecoderSettings.defaults().withDisplayCacheBytes(budget))) {
            DisplayFrameCache cache = decoded.cache();
            for (int i : shuffled(TestFootage.FRAMES, 11)) {
                assertThat(strip(decoded.displayFrame(i))).isEqualTo(decoded.timeline().frame(i).exact());

                assertThat(cache.bytes()).isLessThanOrEqualTo(budget).isEqualTo(cache.size() * frameBytes);
            }
            assertThat(cache.size()).isEqualTo(5);
            decoded.close();
            assertThat(cache.bytes()).isZero();
        }
    }

    private static DisplayFrame frame(int index) {
        byte[] pixels = new byte[FRAME_BYTES];
        pixels[0] = (byte) index;
        return new DisplayFrame(index, 10, 10, 40, ByteBuffer.wrap(pixels).asReadOnlyBuffer());
    }
}
