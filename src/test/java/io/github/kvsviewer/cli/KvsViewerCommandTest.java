package io.github.kvsviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KvsViewerCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new KvsViewerCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("gui", "serve", "export", "import", "--version", "--data");
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("kvs-viewer ");
    }

    @Test
    void serveHelpNamesEveryOption() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "--data", "--bind", "--region", "--access-key", "--secret-key");
    }

    @Test
    void unknownOptionIsAClearErrorWithNonZeroExit() {
        assertThat(run("serve", "--prot", "1")).isNotZero();
        assertThat(err.toString()).contains("Unknown option", "--prot");
    }
}
