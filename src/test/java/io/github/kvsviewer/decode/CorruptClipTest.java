package io.github.kvsviewer.decode;

import static io.github.kvsviewer.decode.ClipDecoderTest.strip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Damaged downloads become UNPLAYABLE_MEDIA with a message that says what happened and what to do. */
class CorruptClipTest {

    static TestFootage footage;
    static byte[] fragmented;
    static byte[] traditional;

    @BeforeAll
    static void makeClips() throws IOException {
        footage = TestFootage.shared();
        fragmented = footage.fragmentedMp4(footage.fragments);
        traditional = TestFootage.traditionalMp4(fragmented);
    }

    @Test
    void anEmptyDownload() {
        assertThat(openFails(new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void bytesThatAreNoMp4() {
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);

        assertThat(openFails(noise)).hasMessageContaining("not an MP4");
    }

    @Test
    void aFragmentedMp4CutShort() {
        // FFmpeg alone would decode the first 22 frames and say nothing
        assertThat(openFails(Arrays.copyOf(fragmented, fragmented.length / 2)))
                .hasMessageContaining("'mdat' box").hasMessageContaining("file ends at byte " + fragmented.length / 2);
        assertThat(openFails(Arrays.copyOf(fragmented, fragmented.length - 10))).hasMessageContaining("file ends");
    }

    @Test
    void aTraditionalMp4CutShortLosesItsIndex() {
        assertThat(openFails(Arrays.copyOf(traditional, traditional.length / 2))).hasMessageContaining("'mdat' box");
        assertThat(openFails(Arrays.copyOf(traditional, traditional.length - 10))).hasMessageContaining("'moov' box");
    }

    @Test
    void aGarbledFragmentedMp4() {
        byte[] garbled = fragmented.clone();
        Arrays.fill(garbled, garbled.length * 2 / 5, garbled.length / 2, (byte) 0x5A);

        assertThat(openFails(garbled)).hasMessageContaining("'ZZZZ' box");
    }

    @Test
    void aGarbledIndexSaysWhatIsMissing() {
        List<String> boxes = ClipPartsAndFormatsTest.boxTypes(traditional);
        assertThat(boxes).endsWith("moov");
        byte[] garbled = traditional.clone();
        int moov = moovOffset(garbled);
        Arrays.fill(garbled, moov + 8, garbled.length, (byte) 0); // the box is whole, its content is not

        ArchiveException failure = openFails(garbled);

        assertThat(failure).hasMessageContaining("no video track");
        assertThat(failure.getMessage()).doesNotContain("ByteArrayInputStream", "FFmpegLogCallback");
    }

    @Test
    void aDamagedPictureFailsAloneAndTheRestStillDecodes() {
        byte[] damaged = traditional.clone();
        Arrays.fill(damaged, damaged.length * 2 / 5, damaged.length / 2, (byte) 0x5A); // inside the mdat

        try (DecodedClip clip = ClipDecoder.open(List.of(TestFootage.clipBytes(footage.fragments, damaged)))) {
            int failed = 0;
            for (int i = 0; i < clip.timeline().frameCount(); i++) {
                try {
                    clip.displayFrame(i);
                } catch (ArchiveException e) {
                    assertThat(e.kind()).isEqualTo(ArchiveException.Kind.UNPLAYABLE_MEDIA);
                    assertThat(e.getMessage()).contains("Frame " + i + " of this clip could not be decoded");
                    failed++;
                }
            }
            assertThat(failed).isPositive();
            // after a failure the decoder seeks afresh: intact frames still come out exact
            for (int i : new int[] {0, 49, 5}) {
                assertThat(strip(clip.displayFrame(i))).isEqualTo(clip.timeline().frame(i).exact());
            }
        }
    }

    @Test
    void theMessageNamesTheDamagedPart() throws IOException {
        List<Fragment> before = footage.fragments.subList(0, 3);
        List<Fragment> after = footage.fragments.subList(3, TestFootage.FRAGMENTS);
        byte[] second = footage.fragmentedMp4(after);
        List<ClipBytes> parts = List.of(
                TestFootage.clipBytes(before, footage.fragmentedMp4(before)),
                TestFootage.clipBytes(after, Arrays.copyOf(second, second.length - 100)));

        ArchiveException failure = catchThrowableOfType(ArchiveException.class, () -> ClipDecoder.open(parts));

        assertThat(failure.kind()).isEqualTo(ArchiveException.Kind.UNPLAYABLE_MEDIA);
        assertThat(failure).hasMessageContaining("(part 2 of 2)");
    }

    private static ArchiveException openFails(byte[] mp4) {
        ArchiveException failure = catchThrowableOfType(ArchiveException.class,
                () -> ClipDecoder.open(List.of(TestFootage.clipBytes(footage.fragments, mp4))).close());
        assertThat(failure).as("opening a damaged clip").isNotNull();
        assertThat(failure.kind()).isEqualTo(ArchiveException.Kind.UNPLAYABLE_MEDIA);
        assertThat(failure).hasMessageContaining("could not be read").hasMessageContaining("Load the range again");
        return failure;
    }

    private static int moovOffset(byte[] mp4) {
        int at = 0;
        while (true) {
            int size = java.nio.ByteBuffer.wrap(mp4, at, 4).getInt();
            if (new String(mp4, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("moov")) {
                return at;
            }
            at += size;
        }
    }
}
