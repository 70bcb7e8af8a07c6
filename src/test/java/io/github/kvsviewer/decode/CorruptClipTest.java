package io.github.kvsviewer.decode;

import static io.github.kvsviewer.decode.ClipDecoderTest.strip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
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
        // a fragment's header garbled between intact ones: FFmpeg alone would stop there and say nothing
        List<String> boxes = ClipPartsAndFormatsTest.boxTypes(fragmented);
        List<Integer> offsets = ClipPartsAndFormatsTest.boxOffsets(fragmented);
        List<Integer> moofs = IntStream.range(0, boxes.size()).filter(i -> boxes.get(i).equals("moof"))
                .boxed().toList();
        assertThat(moofs).hasSize(TestFootage.FRAGMENTS);
        int at = offsets.get(moofs.get(moofs.size() / 2));
        byte[] garbled = fragmented.clone();
        Arrays.fill(garbled, at, at + 64, (byte) 0x5A);

        assertThat(openFails(garbled)).hasMessageContaining("the 'ZZZZ' box at byte " + at);
    }

    @Test
    void aGarbledIndexSaysWhatIsMissing() {
        List<String> boxes = ClipPartsAndFormatsTest.boxTypes(traditional);
        assertThat(boxes).endsWith("moov");
        byte[] garbled = traditional.clone();
        int moov = ClipPartsAndFormatsTest.boxOffsets(traditional).get(boxes.size() - 1);
        Arrays.fill(garbled, moov + 8, garbled.length, (byte) 0); // the box is whole, its content is not

        ArchiveException failure = openFails(garbled);

        assertThat(failure).hasMessageContaining("no video track");
        assertThat(failure.getMessage()).doesNotContain("ByteArrayInputStream", "FFmpegLogCallback");
    }

    @Test
    void aDamagedPictureFailsAloneAndTheRestStillDecodes() throws IOException {
        List<TestFootage.Sample> samples = TestFootage.videoSamples(traditional);
        // no B-frames: sample i is frame i
        assertThat(samples).hasSize(TestFootage.FRAMES).extracting(TestFootage.Sample::pts).isSorted();
        int target = 25; // inside the third fragment, not its keyframe
        TestFootage.Sample sample = samples.get(target);
        assertThat(sample.keyframe()).isFalse();
        ByteBuffer damaged = ByteBuffer.wrap(traditional.clone());
        assertThat(damaged.getInt(sample.offset())).as("first NAL length").isBetween(1, sample.size() - 4);
        damaged.putInt(sample.offset(), Integer.MAX_VALUE); // a NAL longer than its sample: the decoder drops it

        try (DecodedClip clip = ClipDecoder.open(List.of(TestFootage.clipBytes(footage.fragments, damaged.array())))) {
            List<Integer> failed = new ArrayList<>();
            for (int i = 0; i < clip.timeline().frameCount(); i++) {
                try {
                    clip.displayFrame(i);
                } catch (ArchiveException e) {
                    assertThat(e.kind()).isEqualTo(ArchiveException.Kind.UNPLAYABLE_MEDIA);
                    assertThat(e.getMessage()).contains("Frame " + i + " of this clip could not be decoded");
                    failed.add(i);
                }
            }
            assertThat(failed).containsExactly(target);
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
}
