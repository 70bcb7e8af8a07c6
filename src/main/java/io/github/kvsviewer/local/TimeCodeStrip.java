package io.github.kvsviewer.local;

/**
 * The machine-readable producer time at the bottom of every demo frame: 48 square
 * cells of c = floor(width / 48) pixels, cell i at x = i*c, y = height - c, cell 0
 * the most significant bit of the epoch milliseconds; white is 1, black is 0.
 * (stub: helper A implements)
 */
public final class TimeCodeStrip {
    public static final int BITS = 48;

    private TimeCodeStrip() {
    }
}
