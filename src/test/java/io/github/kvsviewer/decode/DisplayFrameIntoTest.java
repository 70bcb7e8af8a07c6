package io.github.kvsviewer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.local.TimeCodeStrip;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The player's path: frames written into the caller's buffer, exactly as displayFrame shows them. */
class DisplayFrameIntoTest {

    private static final int FRAME_BYTES = 480 * 270 * 4;

    static ClipBytes clip;

    @BeforeAll
    static void makeClip() throws IOException {
        TestFootage footage = TestFootage.shared();
        clip = TestFootage.clipBytes(footage.fragments, footage.fragmentedMp4(footage.fragments));
    }

    @Test
    void everyFrameInOrderIntoADirectBufferIsExactAndNothingIsCached() {
        ByteBuffer target = ByteBuffer.allocateDirect(FRAME_BYTES + 16).position(3).limit(10);
        try (InMemoryDecodedClip decoded = (InMemoryDecodedClip) ClipDecoder.open(List.of(clip))) {
            for (int i = 0; i < TestFootage.FRAMES; i++) {
                decoded.displayFrameInto(i, target);

                assertThat(strip(target)).as("frame %d", i).isEqualTo(decoded.timeline().frame(i).exact());
            }
            assertThat(target.position()).isEqualTo(3);
            assertThat(target.limit()).isEqualTo(10);
            assertThat(decoded.cache().size()).isZero();
            assertThat(decoded.displaySeeks()).isEqualTo(1);
        }
    }

    @Test
    void aHeapBufferGetsTheSamePixelsAsDisplayFrame() {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip));
                DecodedClip other = ClipDecoder.open(List.of(clip))) {
            for (int i : ClipDecoderTest.shuffled(TestFootage.FRAMES, 3).subList(0, 12)) {
                ByteBuffer target = ByteBuffer.allocate(FRAME_BYTES);
                decoded.displayFrameInto(i, target);

                assertThat(target).as("frame %d", i).isEqualTo(other.displayFrame(i).bgra());
            }
        }
    }

    @Test
    void aCachedFrameIsCopiedFromTheCache() {
        try (InMemoryDecodedClip decoded = (InMemoryDecodedClip) ClipDecoder.open(List.of(clip))) {
            DisplayFrame shown = decoded.displayFrame(25);
            long seeks = decoded.displaySeeks();
            decoded.displayFrame(26);
            ByteBuffer target = ByteBuffer.allocateDirect(FRAME_BYTES);

            decoded.displayFrameInto(25, target);

            assertThat(target).isEqualTo(shown.bgra());
            assertThat(decoded.displaySeeks()).isEqualTo(seeks);
        }
    }

    @Test
    void steppingBackwardIntoABufferDecodesEachKeyframeRunOnce() {
        ByteBuffer target = ByteBuffer.allocateDirect(FRAME_BYTES);
        try (InMemoryDecodedClip decoded = (InMemoryDecodedClip) ClipDecoder.open(List.of(clip))) {
            for (int i = TestFootage.FRAMES - 1; i >= 0; i--) {
                decoded.displayFrameInto(i, target);
                assertThat(strip(target)).as("frame %d", i).isEqualTo(decoded.timeline().frame(i).exact());
            }
            assertThat(decoded.displaySeeks()).isEqualTo(1 + TestFootage.FRAGMENTS);
        }
    }

    @Test
    void aTargetTooSmallOrReadOnlyIsRefused() {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            assertThatThrownBy(() -> decoded.displayFrameInto(0, ByteBuffer.allocateDirect(FRAME_BYTES - 1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> decoded.displayFrameInto(0, ByteBuffer.allocate(FRAME_BYTES).asReadOnlyBuffer()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> decoded.displayFrameInto(TestFootage.FRAMES, ByteBuffer.allocate(FRAME_BYTES)))
                    .isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void closingEndsTheDecoderThreadsThatDecodeAhead() {
        Set<Thread> before = threadsNamed("display-decoder"); // other tests' clips may still be open
        DecodedClip decoded = ClipDecoder.open(List.of(clip));
        ByteBuffer target = ByteBuffer.allocateDirect(FRAME_BYTES);
        decoded.displayFrameInto(0, target);
        decoded.displayFrameInto(1, target); // the decoder thread is now decoding frames 2 and 3

        decoded.close();

        assertThat(threadsNamed("display-decoder")).isSubsetOf(before);
        assertThatThrownBy(() -> decoded.displayFrameInto(2, target)).isInstanceOf(IllegalStateException.class);
    }

    static Set<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive())
                .collect(Collectors.toSet());
    }

    private static Instant strip(ByteBuffer pixels) {
        return Instant.ofEpochMilli(TimeCodeStrip.readBgra(pixels.duplicate().clear(), 480, 270, 480 * 4));
    }
}
