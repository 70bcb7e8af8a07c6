package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.export.ExportException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Never overwrite, never half-write, stop cleanly, and say clearly what went wrong. */
class FrameExporterSafetyTest extends ExportClipTest {

    @TempDir
    Path out;

    @Test
    void aSecondExportIntoTheSameFolderNeverOverwrites() throws Exception {
        ExportResult first = export(FrameSelection.indices(0, 3, 6), ExportOptions.png(out), ExportProgress.NONE);
        Map<Path, String> before = new HashMap<>();
        for (ExportedFrame frame : first.frames()) {
            before.put(frame.file(), ExportChecks.sha256(frame.file()));
        }
        String firstCsv = Files.readString(first.csv().orElseThrow());

        ExportResult second = export(FrameSelection.indices(0, 3, 6), ExportOptions.png(out), ExportProgress.NONE);
        ExportResult third = export(FrameSelection.everyNth(3), ExportOptions.png(out), ExportProgress.NONE);

        ExportChecks.verify(second, clip, "png", "-2");
        assertThat(second.csv()).get().extracting(p -> p.getFileName().toString())
                .isEqualTo("cafe-shelf-1_20261120T100000.250+0900_frames-2.csv");
        assertThat(third.files()).doesNotContainAnyElementsOf(first.files()).doesNotContainAnyElementsOf(second.files());
        assertThat(third.frames().get(0).file().getFileName().toString()).endsWith("_f0000-3.png");
        assertThat(third.frames().get(3).file().getFileName().toString()).endsWith("_f0009.png"); // was free
        // the first export is untouched, and its CSV still describes it
        for (Map.Entry<Path, String> file : before.entrySet()) {
            assertThat(ExportChecks.sha256(file.getKey())).isEqualTo(file.getValue());
        }
        assertThat(first.csv().orElseThrow()).hasContent(firstCsv);
        ExportChecks.verify(first, clip, "png", "");
        assertThat(ExportChecks.listing(out)).hasSize(3 + 3 + 17 + 3).noneMatch(name -> name.startsWith("."));
    }

    @Test
    void aFolderThatIsAFileIsRefusedAndNothingIsWritten() throws Exception {
        Path file = Files.writeString(out.resolve("frames"), "not a folder");

        ExportException e = catchThrowableOfType(ExportException.class,
                () -> export(FrameSelection.all(), ExportOptions.png(file), ExportProgress.NONE));

        assertThat(e.kind()).isEqualTo(Kind.FOLDER_NOT_WRITABLE);
        assertThat(e.getMessage()).isEqualTo(file + " is a file, not a folder. Choose a folder to export to."
                + " No picture was written.");
        assertThat(e.written().count()).isZero();
        assertThat(file).hasContent("not a folder");
        assertThat(ExportChecks.listing(out)).containsExactly("frames");
    }

    @Test
    void aFolderUnderAFileIsRefusedNamingTheFile() throws Exception {
        Path file = Files.writeString(out.resolve("notes.txt"), "x");

        ExportException e = catchThrowableOfType(ExportException.class, () -> export(FrameSelection.all(),
                ExportOptions.jpeg(file.resolve("frames")), ExportProgress.NONE));

        assertThat(e.kind()).isEqualTo(Kind.FOLDER_NOT_WRITABLE);
        assertThat(e.getMessage()).contains(file + " is a file, not a folder").contains("No picture was written.");
        assertThat(ExportChecks.listing(out)).containsExactly("notes.txt");
    }

    @Test
    void aReadOnlyFolderIsRefusedAndNothingIsWritten() throws Exception {
        Path readOnly = Files.createDirectory(out.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(cannotCreateFileIn(readOnly), "permissions do not bind this user (root)");

            ExportException e = catchThrowableOfType(ExportException.class,
                    () -> export(FrameSelection.everyNth(3), ExportOptions.png(readOnly), ExportProgress.NONE));

            assertThat(e.kind()).isEqualTo(Kind.FOLDER_NOT_WRITABLE);
            assertThat(e.getMessage()).isEqualTo("Cannot write to the folder " + readOnly
                    + ": permission denied. No picture was written. Choose another folder.");
            assertThat(e.written().count()).isZero();
            assertThat(ExportChecks.listing(readOnly)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSelectionOutsideTheClipWritesNothing() {
        Path folder = out.resolve("never-made");

        ExportException e = catchThrowableOfType(ExportException.class,
                () -> export(FrameSelection.indices(0, 50), ExportOptions.png(folder), ExportProgress.NONE));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_SELECTION);
        assertThat(e.getMessage())
                .isEqualTo("Nothing was exported: frame 50 is not in the clip: it has 50 frames (0 to 49).");
        assertThat(folder).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class) // a JPEG's frames are decoder pictures in flight: dropped, not leaked
    void cancellingMidwayKeepsWhatWasWrittenAndListsExactlyThat(ExportFormat format) throws Exception {
        List<Integer> done = new ArrayList<>();
        ExportProgress cancelAfterFour = new ExportProgress() {
            @Override
            public void update(int framesDone, int framesTotal) {
                done.add(framesDone);
            }

            @Override
            public boolean isCancelled() {
                return done.get(done.size() - 1) >= 4;
            }
        };

        ExportResult result = export(FrameSelection.everyNth(3), options(format), cancelAfterFour);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.count()).isEqualTo(4);
        assertThat(result.selected()).isEqualTo(17);
        assertThat(result.frames()).extracting(ExportedFrame::index).containsExactly(0, 3, 6, 9);
        assertThat(done).containsExactly(0, 1, 2, 3, 4);
        CsvRows csv = ExportChecks.verify(result, clip, format.extension(), "");
        assertThat(csv.rows()).hasSize(4);
        assertThat(ExportChecks.listing(out)).hasSize(5).noneMatch(name -> name.startsWith("."));
    }

    @Test
    void anInterruptedThreadStopsLikeACancelAndStillWritesTheCsv() throws Exception {
        // A cancelled JavaFX Task interrupts its thread; an NIO channel would then refuse to write the CSV.
        ExportProgress interruptAfterTwo = new ExportProgress() {
            @Override
            public void update(int framesDone, int framesTotal) {
                if (framesDone == 2) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ExportResult result;
        try {
            result = export(FrameSelection.all(), ExportOptions.jpeg(out), interruptAfterTwo);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is left for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }

        assertThat(result.cancelled()).isTrue();
        assertThat(result.count()).isEqualTo(2);
        ExportChecks.verify(result, clip, "jpg", "");
        assertThat(ExportChecks.listing(out)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aFrameThatCannotBeDecodedStopsTheExportAndTheCsvListsWhatWasWritten(ExportFormat format) throws Exception {
        // The window closing the clip while an export runs: the decoder refuses from then on.
        DecodedClip closing = ExportFootage.open(archiveDir);
        ExportProgress closeAfterTwo = new ExportProgress() {
            @Override
            public void update(int framesDone, int framesTotal) {
                if (framesDone == 2) {
                    closing.close();
                }
            }
        };

        ExportException e = catchThrowableOfType(ExportException.class, () -> FrameExporter.export(closing,
                ExportFootage.STREAM, FrameSelection.everyNth(3), options(format), closeAfterTwo));

        assertThat(e.kind()).isEqualTo(Kind.FRAME_UNAVAILABLE);
        ExportResult written = e.written();
        // Frames decoded ahead before the close are still written, in order; the export stops at the
        // first one the closed decoder refused, and the message names it and counts the ones before it.
        int count = written.count();
        assertThat(count).isBetween(2, 16);
        assertThat(written.frames()).extracting(ExportedFrame::index)
                .containsExactlyElementsOf(IntStream.range(0, count).map(i -> 3 * i).boxed().toList());
        assertThat(e.getMessage()).startsWith("Frame " + 3 * count + " could not be decoded: ")
                .endsWith(" " + count + " of 17 frames were written to " + out + " before that, listed in "
                        + written.csv().orElseThrow().getFileName() + ".");
        // The same stream: the open clip has the same timeline.
        ExportChecks.verify(written, clip, format.extension(), "");
        assertThat(ExportChecks.listing(out)).hasSize(count + 1);
    }

    private ExportOptions options(ExportFormat format) {
        return format == ExportFormat.PNG ? ExportOptions.png(out) : ExportOptions.jpeg(out);
    }

    private static ExportResult export(FrameSelection selection, ExportOptions options, ExportProgress progress) {
        return FrameExporter.export(clip, ExportFootage.STREAM, selection, options, progress);
    }

    private static boolean cannotCreateFileIn(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
