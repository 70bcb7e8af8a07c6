package io.github.kvsviewer.bench;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.local.ClipMuxer;
import io.github.kvsviewer.local.ClipSegment;
import io.github.kvsviewer.local.DemoFootage;
import io.github.kvsviewer.local.FragmentMedia;
import io.github.kvsviewer.local.FragmentStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' own archive: one long stream made of the source stream's
 * encoded fragments appended again and again under new, consecutive producer
 * times (no encoding), so a 10-minute 1080p stream costs only file copies. Its
 * frames' time-code strips show the source's times, which no figure relies on.
 */
final class BenchFootage {

    static final String LONG_STREAM = "bench-long";
    static final String REGION = "ap-northeast-1";

    private final FragmentStore store;
    private final List<Fragment> fragments;

    private BenchFootage(FragmentStore store, List<Fragment> fragments) {
        this.store = store;
        this.fragments = fragments;
    }

    /**
     * Makes sure the source stream exists in {@code sourceStore} (generating it the
     * first time), then builds the long stream in a new store under {@code workDir}.
     */
    static BenchFootage prepare(BenchScale scale, FragmentStore sourceStore, Path workDir, PrintWriter progress)
            throws IOException {
        DemoFootage.ensure(sourceStore, REGION, List.of(scale.source()), (stream, done, total) -> {
            if (done == total || done % 300 == 0) {
                progress.printf("bench: generating %s (first run only): %d of %d frames%n", stream, done, total);
                progress.flush();
            }
        });
        String name = scale.source().name();
        List<Fragment> source = sourceStore.fragments(name);
        List<FragmentMedia> media = new ArrayList<>();
        for (Fragment fragment : source) {
            media.add(sourceStore.readMedia(name, fragment.number()));
        }
        FragmentStore store = FragmentStore.open(workDir);
        store.createStream(LONG_STREAM, REGION, "bench", 24 * 365, Instant.now());
        Instant origin = source.get(0).producerTime();
        Duration period = scale.source().fragmentLength().multipliedBy(source.size());
        for (int k = 0; k < scale.longFragments(); k++) {
            Fragment original = source.get(k % source.size());
            Instant start = original.producerTime().plus(period.multipliedBy(k / source.size()));
            store.appendFragment(LONG_STREAM, start, start.plusMillis(1500), media.get(k % source.size()));
        }
        progress.printf("bench: %s: %d fragments of %s (%d MB) from %s at %s%n", LONG_STREAM, scale.longFragments(),
                scale.source().fragmentLength(), bytes(store.fragments(LONG_STREAM)) / 1_000_000, name, origin);
        progress.flush();
        return new BenchFootage(store, store.fragments(LONG_STREAM));
    }

    FragmentStore store() {
        return store;
    }

    List<Fragment> fragments() {
        return fragments;
    }

    /** From the start of fragment {@code first} to the start of the last one: exactly {@code count} fragments. */
    TimeRange range(int first, int count) {
        return new TimeRange(fragments.get(first).producerTime(), fragments.get(first + count - 1).producerTime());
    }

    /** The MP4 the local GetClip returns for these fragments, made in memory (no HTTP). */
    ClipBytes clip(int first, int count) throws IOException {
        List<Fragment> selected = fragments.subList(first, first + count);
        List<ClipSegment> segments = new ArrayList<>();
        for (Fragment fragment : selected) {
            segments.add(new ClipSegment(fragment.producerTime(), store.readMedia(LONG_STREAM, fragment.number())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClipMuxer.write(segments.iterator(), out);
        return new ClipBytes(out.toByteArray(), range(first, count), selected);
    }

    static long bytes(List<Fragment> fragments) {
        return fragments.stream().mapToLong(Fragment::sizeBytes).sum();
    }
}
