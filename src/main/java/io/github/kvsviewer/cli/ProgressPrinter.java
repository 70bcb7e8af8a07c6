package io.github.kvsviewer.cli;

import io.github.kvsviewer.local.DemoFootage;
import java.io.PrintStream;

/** Demo-footage progress on stderr, one line per 10 %, so stdout stays for results. */
final class ProgressPrinter implements DemoFootage.Progress {

    private final PrintStream err;
    private int lastTenth = -1;

    ProgressPrinter(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String stream, long framesDone, long framesTotal) {
        int tenth = framesTotal == 0 ? 10 : (int) (framesDone * 10 / framesTotal);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.printf("Generating demo footage (first run only): %3d%% (%s)%n", tenth * 10, stream);
        }
    }
}
