package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesTheBytesUnderTheNameAndReturnsTheirSha256() throws Exception {
        byte[] bytes = "picture".getBytes(StandardCharsets.UTF_8);

        NewFileWriter.Written written = new NewFileWriter(folder).write("a_f0001", "png", bytes);

        assertThat(written.path()).isEqualTo(folder.resolve("a_f0001.png"));
        assertThat(Files.readAllBytes(written.path())).isEqualTo(bytes);
        assertThat(written.sha256()).hasSize(64)
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(names()).containsExactly("a_f0001.png"); // no temp file left behind
    }

    @Test
    void aTakenNameGetsTheNextFreeSuffixAndTheExistingFileIsKept() throws Exception {
        Files.writeString(folder.resolve("a.csv"), "mine");
        Files.writeString(folder.resolve("a-2.csv"), "mine too");
        NewFileWriter writer = new NewFileWriter(folder);

        Path third = writer.write("a", "csv", bytes("new")).path();
        Path fourth = writer.write("a", "csv", bytes("newer")).path();

        assertThat(third.getFileName()).hasToString("a-3.csv");
        assertThat(fourth.getFileName()).hasToString("a-4.csv");
        assertThat(folder.resolve("a.csv")).hasContent("mine");
        assertThat(folder.resolve("a-2.csv")).hasContent("mine too");
        assertThat(third).hasContent("new");
        assertThat(fourth).hasContent("newer");
        assertThat(names()).containsExactlyInAnyOrder("a.csv", "a-2.csv", "a-3.csv", "a-4.csv");
    }

    @Test
    void aFailedWriteLeavesNoTempFile() throws IOException {
        Path missing = folder.resolve("gone");

        assertThat(catchThrowable(
                () -> new NewFileWriter(missing).write("a", "png", bytes("x")))).isInstanceOf(IOException.class);
        assertThat(names()).isEmpty();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
