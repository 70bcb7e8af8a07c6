package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.kvsviewer.export.ExportException.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real disks that refuse: a tmpfs a little over two frames big, and a read-only
 * mount (which binds root too, unlike file permissions). Mounting needs root on
 * Linux, so elsewhere these are skipped; {@link ExportFailuresTest} checks the
 * recognition of the full-disk error wherever /dev/full exists, and
 * {@link FrameExporterSafetyTest} a read-only folder for other users.
 */
class FrameExporterDiskTest extends ExportClipTest {

    @TempDir
    Path work;
    private final List<Path> mounted = new ArrayList<>();

    @AfterEach
    void unmount() throws InterruptedException {
        for (Path mount : mounted) {
            run("umount", mount.toString());
        }
    }

    @Test
    void aFullDiskStopsTheExportAndSaysWhatWasWritten() throws Exception {
        ExportResult probe = FrameExporter.export(clip, ExportFootage.STREAM, FrameSelection.indices(0),
                ExportOptions.png(work.resolve("probe")), ExportProgress.NONE);
        long frameBytes = Files.size(probe.frames().get(0).file());
        Path small = mount(work.resolve("small-disk"), "size=" + (frameBytes * 5 / 2));

        ExportException e = catchThrowableOfType(ExportException.class, () -> FrameExporter.export(clip,
                ExportFootage.STREAM, FrameSelection.all(), ExportOptions.png(small), ExportProgress.NONE));

        assertThat(e.kind()).isEqualTo(Kind.DISK_FULL);
        ExportResult written = e.written();
        assertThat(written.count()).isBetween(1, 3);
        assertThat(e.getMessage()).isEqualTo("The disk is full. " + written.count() + " of 50 frames were written to "
                + small + " before that, listed in " + written.csv().orElseThrow().getFileName()
                + ". Free some space or choose another folder, then export the rest.");
        ExportChecks.verify(written, clip, "png", "");
        assertThat(ExportChecks.listing(small)).hasSize(written.count() + 1).noneMatch(n -> n.startsWith("."));
    }

    @Test
    void aReadOnlyDiskIsRefusedAndNothingIsWritten() throws Exception {
        Path readOnly = mount(work.resolve("read-only"), "size=1m,ro");

        ExportException e = catchThrowableOfType(ExportException.class, () -> FrameExporter.export(clip,
                ExportFootage.STREAM, FrameSelection.everyNth(3), ExportOptions.jpeg(readOnly), ExportProgress.NONE));

        assertThat(e.kind()).isEqualTo(Kind.FOLDER_NOT_WRITABLE);
        assertThat(e.getMessage()).isEqualTo("Cannot write to the folder " + readOnly
                + ": the disk is read-only. No picture was written. Choose another folder.");
        assertThat(e.written().count()).isZero();
        assertThat(ExportChecks.listing(readOnly)).isEmpty();
    }

    private Path mount(Path folder, String options) throws Exception {
        Files.createDirectory(folder);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString()),
                "cannot mount a tmpfs here (needs root on Linux)");
        mounted.add(folder);
        return folder;
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false; // no such command
        }
    }
}
