package io.github.kvsviewer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.local.DemoStreamSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scrub previews: each one is its own frame (its time-code strip, readable at 480
 * wide, says so), downscaled, from one part or several.
 */
class PreviewProxyTest {

    /** Generous: a guard against a builder that never finishes, not a speed check. */
    private static final long WAIT_MS = 120_000;

    @TempDir
    static Path data;
    static ClipBytes large;
    static TestFootage footage;

    /** 960x540 footage: its 20-pixel strip cells become 10 pixels in a 480-wide preview. */
    @BeforeAll
    static void makeFootage() throws IOException {
        DemoStreamSpec spec = new DemoStreamSpec("preview-shelf", 960, 540, 10, Duration.ofSeconds(1),
                TestFootage.START, Duration.ofSeconds(3), List.of());
        large = TestFootage.wholeStream(data, spec);
        footage = TestFootage.shared();
    }

    @Test
    void everyPreviewIsItsOwnFrameDownscaledTo480Wide() throws Exception {
        try (DecodedClip decoded = ClipDecoder.open(List.of(large))) {
            int frames = decoded.timeline().frameCount();
            assertThat(frames).isEqualTo(30);
            awaitAllPreviews(decoded);

            for (int i : ClipDecoderTest.shuffled(frames, 5)) {
                DisplayFrame preview = decoded.previewFrame(i).orElseThrow();
                assertThat(preview.index()).isEqualTo(i);
                assertThat(preview.width()).isEqualTo(480);
                assertThat(preview.height()).isEqualTo(270);
                assertThat(preview.stride()).isEqualTo(480 * 4);
                assertThat(preview.bgra().isReadOnly()).isTrue();
                assertThat(ClipDecoderTest.strip(preview)).as("preview %d", i)
                        .isEqualTo(decoded.timeline().frame(i).exact());
            }
        }
    }

    @Test
    void previewsIntoABufferAreTheSamePixels() throws Exception {
        try (DecodedClip decoded = ClipDecoder.open(List.of(large))) {
            assertThat(decoded.previewWidth()).isEqualTo(480);
            assertThat(decoded.previewHeight()).isEqualTo(270);
            ByteBuffer target = ByteBuffer.allocateDirect(480 * 270 * 4);
            ByteBuffer untouched = ByteBuffer.allocate(480 * 270 * 4);

            assertThat(decoded.previewFrameInto(29, untouched)).isFalse(); // nothing built before the first ask
            assertThat(untouched.array()).containsOnly(0);
            awaitAllPreviews(decoded);
            for (int i : ClipDecoderTest.shuffled(30, 8)) {
                assertThat(decoded.previewFrameInto(i, target)).isTrue();
                assertThat(target).as("preview %d", i).isEqualTo(decoded.previewFrame(i).orElseThrow().bgra());
            }
            assertThatThrownBy(() -> decoded.previewFrameInto(0, ByteBuffer.allocateDirect(100)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFrameAskedForFirstIsEmptyUntilItsRunIsBuiltThenRight() throws Exception {
        try (DecodedClip decoded = ClipDecoder.open(List.of(large))) {
            int last = decoded.timeline().frameCount() - 1;

            assertThat(decoded.previewFrame(last)).isEmpty(); // nothing is built before the first ask
            WaitForAsyncUtils.waitFor(WAIT_MS, TimeUnit.MILLISECONDS, () -> decoded.previewFrame(last).isPresent());
            Optional<DisplayFrame> preview = decoded.previewFrame(last);

            assertThat(preview).isPresent();
            assertThat(ClipDecoderTest.strip(preview.get())).isEqualTo(decoded.timeline().frame(last).exact());
        }
    }

    @Test
    void partsOfTwoPictureSizesPreviewAtOneSize() throws Exception {
        List<ClipBytes> parts = TestFootage.partsOfTwoPictureSizes();

        try (DecodedClip decoded = ClipDecoder.open(parts)) {
            awaitAllPreviews(decoded);
            for (int i = 0; i < TestFootage.FRAMES; i++) {
                DisplayFrame preview = decoded.previewFrame(i).orElseThrow();
                assertThat(preview.width()).isEqualTo(480);
                assertThat(preview.height()).isEqualTo(270);
                assertThat(ClipDecoderTest.strip(preview)).as("preview %d", i)
                        .isEqualTo(decoded.timeline().frame(i).exact());
            }
        }
    }

    @Test
    void noPreviewsWhenTheSettingsAskForNone() {
        try (DecodedClip decoded = ClipDecoder.open(List.of(large), DecoderSettings.defaults().withPreviewWidth(0))) {
            assertThat(decoded.previewFrame(3)).isEmpty();
            assertThat(decoded.previewFrameInto(3, ByteBuffer.allocate(16))).isFalse();
            assertThat(decoded.previewWidth()).isZero();
            assertThat(decoded.previewFramesReady()).isZero();
            assertThatThrownBy(() -> decoded.previewFrame(30)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void closingStopsTheBuilderAndLaterPreviewsFail() {
        Set<Thread> before = DisplayFrameIntoTest.threadsNamed("preview-proxy"); // other tests' clips may be open
        DecodedClip decoded = ClipDecoder.open(List.of(large));
        decoded.previewFrame(0); // starts the builder
        decoded.close();

        assertThatThrownBy(() -> decoded.previewFrame(0)).isInstanceOf(IllegalStateException.class);
        assertThat(DisplayFrameIntoTest.threadsNamed("preview-proxy")).isSubsetOf(before);
    }

    private static void awaitAllPreviews(DecodedClip decoded) throws Exception {
        int frames = decoded.timeline().frameCount();
        decoded.previewFrame(0);
        WaitForAsyncUtils.waitFor(WAIT_MS, TimeUnit.MILLISECONDS, () -> decoded.previewFramesReady() >= frames);
        assertThat(decoded.previewFramesReady()).isEqualTo(frames);
    }
}
