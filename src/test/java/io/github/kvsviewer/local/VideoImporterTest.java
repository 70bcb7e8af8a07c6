package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.local.ImportFootage.Spec;
import io.github.kvsviewer.local.ImportResult.StartSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H.264 files: stored as they are, cut at keyframes, every frame at its producer time. */
class VideoImporterTest {

    @TempDir
    static Path work;
    static Path mp4;
    static FragmentStore store;
    static ImportResult imported;
    static List<long[]> progress = new ArrayList<>();

    @BeforeAll
    static void importOneFile() throws IOException {
        mp4 = ImportFootage.write(work.resolve("counter cam.mp4"), Spec.h264Mp4());
        store = FragmentStore.open(work.resolve("archive"));
        imported = new VideoImporter(store, "ap-northeast-1").importFile(
                new ImportRequest("counter-cam", mp4, Optional.of(ImportFootage.START)),
                (done, total) -> progress.add(new long[] {done, total}));
    }

    @Test
    void storesTheH264PacketsAsTheyAre() throws IOException {
        assertThat(imported.reencoded()).isEmpty();
        assertThat(imported.sourceCodec()).isEqualTo("h264");
        List<byte[]> stored = new ArrayList<>();
        for (FragmentMedia media : media("counter-cam")) {
            media.units().forEach(unit -> stored.add(unit.data()));
        }
        List<byte[]> source = ImportFootage.videoPackets(mp4);
        assertThat(stored).hasSize(90).hasSameSizeAs(source);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(stored.get(i)).as("packet %d", i).isEqualTo(source.get(i));
        }
    }

    @Test
    void cutsAFragmentAtTheFirstKeyframeTwoSecondsAfterTheLastCut() throws IOException {
        // a keyframe every second: fragments of two GOPs, at 0, 2 and 4 s
        List<Fragment> fragments = store.fragments("counter-cam");
        assertThat(imported.fragments()).isEqualTo(3);
        assertThat(fragments).extracting(Fragment::producerTime).containsExactly(ImportFootage.START,
                ImportFootage.START.plusSeconds(2), ImportFootage.START.plusSeconds(4));
        for (FragmentMedia media : media("counter-cam")) {
            assertThat(media.units()).hasSize(30);
            assertThat(media.units().get(0).keyframe()).isTrue();
            assertThat(media.units()).filteredOn(AccessUnit::keyframe).hasSize(2); // the cut one and the one at +1 s
        }
    }

    @Test
    void keyframesCloserThanTwoSecondsAreCutAtTheFirstOneAfterTwoSeconds(@TempDir Path dir) throws IOException {
        Path file = ImportFootage.write(dir.resolve("gop7.mp4"), Spec.h264Mp4().withGop(7));
        FragmentStore other = FragmentStore.open(dir.resolve("archive"));

        new VideoImporter(other, "ap-northeast-1").importFile(
                new ImportRequest("gop7", file, Optional.of(ImportFootage.START)), ImportProgress.none());

        // keyframes every 7 frames (467 ms): frame 35 (2333 ms) and frame 70 (4667 ms) start fragments
        assertThat(other.fragments("gop7")).extracting(Fragment::producerTime).containsExactly(ImportFootage.START,
                ImportFootage.START.plusMillis(2333), ImportFootage.START.plusMillis(4667));
    }

    @Test
    void everyFrameOfTheClipShowsTheProducerTimeItWasStoredWith() throws IOException {
        List<Fragment> fragments = store.fragments("counter-cam");
        ByteArrayOutputStream mp4Clip = new ByteArrayOutputStream();
        ClipMuxer.write(SmallFootage.segments(store, "counter-cam", fragments), mp4Clip);

        List<ClipMuxerTest.DecodedFrame> decoded = ClipMuxerTest.decode(mp4Clip.toByteArray());

        List<Instant> storedTimes = new ArrayList<>();
        for (Fragment fragment : fragments) {
            store.readMedia("counter-cam", fragment.number()).units()
                    .forEach(unit -> storedTimes.add(fragment.producerTime().plusMillis(unit.offsetMillis())));
        }
        assertThat(decoded).hasSize(90);
        for (int i = 0; i < decoded.size(); i++) {
            assertThat(decoded.get(i).stripTime()).as("frame %d", i).isEqualTo(storedTimes.get(i))
                    .isEqualTo(ImportFootage.START.plusMillis(ImportFootage.millis(i, ImportFootage.FPS)));
        }
    }

    @Test
    void annexBFromMpegTsIsConvertedNotReencoded(@TempDir Path dir) throws IOException {
        Path ts = ImportFootage.write(dir.resolve("camera.ts"), Spec.h264Ts());
        FragmentStore other = FragmentStore.open(dir.resolve("archive"));

        ImportResult result = new VideoImporter(other, "ap-northeast-1").importFile(
                new ImportRequest("from-ts", ts, Optional.of(ImportFootage.START)), ImportProgress.none());

        assertThat(result.reencoded()).isEmpty();
        assertThat(result.frames()).isEqualTo(90);
        assertThat(result.fragments()).isEqualTo(3);
        FragmentMedia first = other.readMedia("from-ts", other.fragments("from-ts").get(0).number());
        assertThat(first.codecPrivateData()[0]).as("an avcC record built from the in-band SPS/PPS").isEqualTo((byte) 1);
        VideoImporterReencodeTest.assertStripsMatchStoredTimes(other, "from-ts", ImportFootage.FPS);
    }

    @Test
    void describesTheStreamAndWhatItStored() {
        StreamInfo info = imported.stream();
        assertThat(info.name()).isEqualTo("counter-cam");
        assertThat(info.deviceName()).isEqualTo("import:counter cam.mp4");
        assertThat(info.retentionHours()).isEqualTo(168);
        assertThat(info.mediaType()).isEqualTo("video/h264");
        assertThat(imported.frames()).isEqualTo(90);
        assertThat(imported.producerRange().start()).isEqualTo(ImportFootage.START);
        assertThat(imported.producerRange().end()).isEqualTo(ImportFootage.START.plusMillis(5933));
        assertThat(imported.startFrom()).isEqualTo(StartSource.GIVEN);
        assertThat(imported.skippedFrames()).isZero();
        assertThat(imported.audioLeftOut()).isFalse();
    }

    @Test
    void serverTimesFollowProducerTimesByAFixedDelay() {
        for (Fragment fragment : store.fragments("counter-cam")) {
            assertThat(Duration.between(fragment.producerTime(), fragment.serverTime()))
                    .isEqualTo(VideoImporter.SERVER_DELAY);
        }
    }

    @Test
    void reportsProgressAfterEachFragmentUpToTheTotal() {
        assertThat(progress).extracting(p -> p[0]).containsExactly(30L, 60L, 90L);
        assertThat(progress).extracting(p -> p[1]).containsOnly(90L);
    }

    @Test
    void takesTheStartFromTheFilesCreationTimeWhenNotGiven(@TempDir Path dir) throws IOException {
        Path file = ImportFootage.write(dir.resolve("dated.mp4"), Spec.h264Mp4().withCreationTime("2026-11-20T01:00:00Z"));
        FragmentStore other = FragmentStore.open(dir.resolve("archive"));
        VideoImporter importer = new VideoImporter(other, "ap-northeast-1");

        ImportResult fromFile = importer.importFile(new ImportRequest("dated", file, Optional.empty()),
                ImportProgress.none());
        ImportResult given = importer.importFile(new ImportRequest("dated-given", file,
                Optional.of(ImportFootage.START)), ImportProgress.none());

        assertThat(fromFile.startFrom()).isEqualTo(StartSource.CREATION_TIME);
        assertThat(fromFile.producerRange().start()).isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
        assertThat(other.fragments("dated").get(0).producerTime()).isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
        assertThat(given.startFrom()).isEqualTo(StartSource.GIVEN);
        assertThat(given.producerRange().start()).isEqualTo(ImportFootage.START);
    }

    private static List<FragmentMedia> media(String stream) throws IOException {
        List<FragmentMedia> all = new ArrayList<>();
        for (Fragment fragment : store.fragments(stream)) {
            all.add(store.readMedia(stream, fragment.number()));
        }
        return all;
    }
}
