package io.github.kvsviewer.bench;

import java.util.Arrays;

/** Timings of one kind of operation, in milliseconds, and their percentiles. */
final class Samples {

    private double[] millis = new double[64];
    private int count;

    void add(double valueMillis) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = valueMillis;
    }

    /** Adds the time since {@code startedNanos} ({@link System#nanoTime()}). */
    void addSince(long startedNanos) {
        add((System.nanoTime() - startedNanos) / 1e6);
    }

    int count() {
        return count;
    }

    /**
     * The nearest-rank percentile: the smallest sample with at least {@code p} percent
     * of the samples at or below it, so p95 of 20 samples is the 19th.
     */
    double percentile(double p) {
        if (count == 0) {
            throw new IllegalStateException("no samples");
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1];
    }

    double median() {
        return percentile(50);
    }

    double total() {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += millis[i];
        }
        return sum;
    }
}
