package io.github.kvsviewer.cli;

import picocli.CommandLine;

/**
 * The jar's entry point. It does not extend {@code javafx.application.Application},
 * so the plain classpath jar starts without the JavaFX module path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        NativeCache.useOwnFolder();
        // Every command, the window included, returns only when it is done.
        System.exit(new CommandLine(new KvsViewerCommand()).execute(args));
    }
}
