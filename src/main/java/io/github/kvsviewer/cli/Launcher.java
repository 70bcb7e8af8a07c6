package io.github.kvsviewer.cli;

public final class Launcher {
    public static void main(String[] args) {
    }
}
