package io.github.kvsviewer.export;

import io.github.kvsviewer.decode.DecodedClip;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Exporter tests share one decoded clip of {@link ExportFootage}, opened once per class. */
abstract class ExportClipTest {

    @TempDir
    static Path archiveDir;
    static DecodedClip clip;

    @BeforeAll
    static void openClip() throws IOException {
        clip = ExportFootage.open(archiveDir);
    }

    @AfterAll
    static void closeClip() {
        if (clip != null) {
            clip.close();
        }
    }
}
