package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.kvsviewer.export.ExportException.Kind;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFailuresTest {

    @Test
    void theOperatingSystemsFullDiskErrorIsRecognised() {
        // /dev/full answers every write with ENOSPC: the real error, as the exporter's own writes get it
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.isWritable(devFull), "needs /dev/full (Linux)");

        IOException full = catchThrowableOfType(IOException.class, () -> {
            try (FileOutputStream out = new FileOutputStream(devFull.toFile())) {
                out.write(new byte[4096]);
                out.getFD().sync();
            }
        });

        assertThat(full).isNotNull();
        assertThat(ExportFailures.isDiskFull(full)).isTrue();
        assertThat(ExportFailures.kindOfWriteFailure(full)).isEqualTo(Kind.DISK_FULL);
        assertThat(ExportFailures.kindOfWriteFailure(new IOException("wrapped", full))).isEqualTo(Kind.DISK_FULL);
    }

    @Test
    void permissionAndReadOnlyMeanTheFolderCannotBeWritten() {
        assertThat(ExportFailures.kindOfWriteFailure(new AccessDeniedException("/x/.a.png.part")))
                .isEqualTo(Kind.FOLDER_NOT_WRITABLE);
        assertThat(ExportFailures.kindOfWriteFailure(
                new java.nio.file.FileSystemException("/x/.a.png.part", null, "Read-only file system")))
                .isEqualTo(Kind.FOLDER_NOT_WRITABLE);
        assertThat(ExportFailures.kindOfWriteFailure(new IOException("Input/output error")))
                .isEqualTo(Kind.WRITE_FAILED);
    }

    @Test
    void aFolderUnderAFileIsExplainedByThatFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path folder = file.resolve("frames/today");
        IOException failure = catchThrowableOfType(IOException.class, () -> Files.createDirectories(folder));

        assertThat(ExportFailures.whyNoFolder(folder, failure)).isEqualTo(file + " is a file, not a folder");
    }
}
