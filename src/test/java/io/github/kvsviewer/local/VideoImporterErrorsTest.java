package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.local.ImportException.Kind;
import io.github.kvsviewer.local.ImportFootage.Spec;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input that cannot be imported gets its own message, and the store stays exactly as it was. */
class VideoImporterErrorsTest {

    @TempDir
    static Path work;
    static Path good;
    static Path archive;

    FragmentStore store;
    VideoImporter importer;
    Map<String, Long> before;

    @BeforeAll
    static void aStoreWithOneStream() throws IOException {
        good = ImportFootage.write(work.resolve("good.mp4"), Spec.h264Mp4().withSize(240, 136).withFrames(30));
        archive = work.resolve("archive");
        new VideoImporter(FragmentStore.open(archive), "ap-northeast-1").importFile(
                new ImportRequest("existing", good, Optional.of(ImportFootage.START)), ImportProgress.none());
    }

    @BeforeEach
    void openTheStore() throws IOException {
        store = FragmentStore.open(archive);
        importer = new VideoImporter(store, "ap-northeast-1");
        before = files(archive);
    }

    @AfterEach
    void theStoreIsUnchanged() throws IOException {
        assertThat(files(archive)).isEqualTo(before);
        assertThat(FragmentStore.open(archive).streams()).extracting(s -> s.name()).containsExactly("existing");
        assertThat(store.isIntact("existing")).isTrue();
    }

    @Test
    void aTextFileIsNotAVideo() throws IOException {
        Path text = Files.writeString(work.resolve("notes.mp4"), "shelf 3 restocked at 10:00\n".repeat(200));

        assertFails("new", text, Kind.NOT_A_VIDEO, "notes.mp4", "not a video file FFmpeg can read");
    }

    @Test
    void anMp4WithoutItsIndexIsNotReadable() throws IOException {
        // the recorder writes the index (moov) last: cut off, the file cannot be opened at all
        Path cut = copy(good, "cut-index.mp4");
        truncate(cut, Files.size(cut) / 2);

        assertFails("new", cut, Kind.NOT_A_VIDEO, "cut-index.mp4", "damaged or cut short");
    }

    @Test
    void anMp4CutShortAfterItsIndexSaysHowMuchIsMissing() throws IOException {
        Path file = ImportFootage.write(work.resolve("faststart.mp4"),
                Spec.h264Mp4().withSize(240, 136).withFrames(30).withMovflags("faststart"));
        truncate(file, Files.size(file) * 6 / 10);

        assertFails("new", file, Kind.DAMAGED, "faststart.mp4", "cut short", "of its 30 video frames");
    }

    @Test
    void anMp4WithAZeroedHeaderIsNotReadable() throws IOException {
        Path file = copy(good, "zeroed.mp4");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(4096), 0);
        }

        assertFails("new", file, Kind.NOT_A_VIDEO, "zeroed.mp4", "not a video file");
    }

    @Test
    void audioAloneHasNoVideoStream() throws IOException {
        Path wav = ImportFootage.audioOnly(work.resolve("doorbell.wav"));

        assertFails("new", wav, Kind.NO_VIDEO_STREAM, "doorbell.wav", "has no video stream");
    }

    @Test
    void aMissingFileOrAFolderIsSaidSo() {
        assertFails("new", work.resolve("nowhere.mp4"), Kind.FILE_UNREADABLE, "There is no file", "nowhere.mp4");
        assertFails("new", work, Kind.FILE_UNREADABLE, "is a folder");
    }

    @Test
    void anExistingStreamIsNeverReplaced() {
        assertFails("existing", good, Kind.STREAM_EXISTS, "'existing' already exists", "choose another");
    }

    @Test
    void anInvalidOrReservedStreamNameIsRefused() {
        assertFails("shelf 3", good, Kind.INVALID_STREAM_NAME, "'shelf 3' is not a valid stream name");
        assertFails("x".repeat(257), good, Kind.INVALID_STREAM_NAME, "not a valid stream name");
        assertFails("cafe-shelf-1", good, Kind.INVALID_STREAM_NAME, "demo stream");
    }

    @Test
    void noStartAndNoCreationTimeAsksForStart() {
        assertThatThrownBy(() -> importer.importFile(new ImportRequest("new", good, Optional.empty()),
                ImportProgress.none()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_START_TIME))
                .hasMessageContaining("good.mp4").hasMessageContaining("has no creation time")
                .hasMessageContaining("--start");
    }

    @Test
    void cancellingMidwayRemovesTheHalfImportedStream() throws IOException {
        Path longer = ImportFootage.write(work.resolve("longer.mp4"), Spec.h264Mp4().withSize(240, 136));
        before = files(archive);

        try {
            assertThatThrownBy(() -> importer.importFile(new ImportRequest("new", longer,
                    Optional.of(ImportFootage.START)), (done, total) -> Thread.currentThread().interrupt()))
                    .isInstanceOf(InterruptedIOException.class).hasMessageContaining("cancelled");
        } finally {
            Thread.interrupted();
        }
        assertThat(store.stream("new")).isEmpty();
    }

    @Test
    void aFailureAfterTheFirstFragmentRemovesTheHalfImportedStream() throws IOException {
        Path longer = ImportFootage.write(work.resolve("longer2.mp4"), Spec.h264Mp4().withSize(240, 136));
        before = files(archive);

        assertThatThrownBy(() -> importer.importFile(new ImportRequest("new", longer,
                Optional.of(ImportFootage.START)), (done, total) -> {
                    throw new IllegalStateException("progress display broke");
                })).hasMessage("progress display broke");
        assertThat(store.stream("new")).isEmpty();
    }

    private void assertFails(String stream, Path file, Kind kind, String... messageParts) {
        assertThatThrownBy(() -> importer.importFile(new ImportRequest(stream, file, Optional.of(ImportFootage.START)),
                ImportProgress.none()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                .satisfies(e -> assertThat(e.getMessage()).contains(messageParts));
    }

    private static Path copy(Path file, String name) throws IOException {
        return Files.copy(file, work.resolve(name));
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    /** Every file under the archive with its size and content. */
    private static Map<String, Long> files(Path root) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String key = root.relativize(path).toString();
                files.put(key, Files.isRegularFile(path)
                        ? Files.size(path) * 31 + new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1).hashCode()
                        : -1L);
            }
        }
        return files;
    }
}
