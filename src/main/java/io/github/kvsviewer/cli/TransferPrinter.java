package io.github.kvsviewer.cli;

import io.github.kvsviewer.clip.ClipProgress;
import io.github.kvsviewer.export.ExportProgress;
import java.io.PrintWriter;
import java.util.Locale;

/** Download and export progress on stderr, at most a line per 10 %, so stdout stays for results. */
final class TransferPrinter implements ClipProgress {

    private final PrintWriter err;
    private String lastLine = "";

    TransferPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void downloading(int part, int parts, long bytes, long expectedBytes) {
        String what = parts > 1 ? "Downloading part " + part + " of " + parts : "Downloading";
        print(expectedBytes > 0
                ? String.format(Locale.ROOT, "%s: %d%%", what, Math.min(100, bytes * 10 / expectedBytes * 10))
                : String.format(Locale.ROOT, "%s: %.1f MB", what, bytes / 1e6));
    }

    @Override
    public void waiting(String reason) {
        print(reason);
    }

    ExportProgress exportProgress() {
        return new ExportProgress() {
            @Override
            public void update(int framesDone, int framesTotal) {
                print(String.format(Locale.ROOT, "Exporting frames: %d%%",
                        framesTotal == 0 ? 100 : framesDone * 10 / framesTotal * 10));
            }
        };
    }

    void done() {
        lastLine = "";
    }

    private void print(String line) {
        if (!line.equals(lastLine)) {
            lastLine = line;
            err.println(line);
            err.flush();
        }
    }
}
