package io.github.kvsviewer.bench;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import io.github.kvsviewer.archive.TransferListener;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.ClipProgress;
import io.github.kvsviewer.clip.ClipService;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import java.util.List;

/**
 * Loading over HTTP from the local archive: Load pressed to the first frame's
 * pixels (first_frame_ms), and one GetClip of 200 fragments (first byte, total).
 */
final class ArchiveBench {

    private static final int WARM_UP_LOADS = 2;
    private static final int GETCLIP_RUNS = 3;

    private final BenchFootage footage;
    private final BenchArchive served;
    private final FigureReport report;

    ArchiveBench(BenchFootage footage, BenchArchive served, FigureReport report) {
        this.footage = footage;
        this.served = served;
        this.report = report;
    }

    /**
     * As the viewer's load task: plan (ListFragments), GetClip, open, first display
     * frame. Each load asks for another stretch of the stream, after warm-up loads
     * (the figure is for a warm JVM, not the first class loading).
     */
    void firstFrame(int fragments, int runs) {
        Samples loads = new Samples();
        int stretches = footage.fragments().size() / fragments;
        for (int run = 0; run < WARM_UP_LOADS + runs; run++) {
            TimeRange range = footage.range((run % stretches) * fragments, fragments);
            long started = System.nanoTime();
            ClipService service = new ClipService(served.archive());
            ClipPlan plan = service.plan(BenchFootage.LONG_STREAM, range);
            List<ClipBytes> parts = service.fetch(BenchFootage.LONG_STREAM, plan, ClipProgress.NONE);
            try (DecodedClip clip = ClipDecoder.open(parts)) {
                DecodeBench.consume(clip.displayFrame(0));
                if (run >= WARM_UP_LOADS) {
                    loads.addSince(started);
                }
            }
        }
        report.add(Figure.of("first_frame_ms", loads.median(), "ms"));
    }

    /**
     * One GetClip call of {@code count} fragments through the viewer's client: time to
     * the first body bytes it hears of, and to the whole clip in memory. Median of
     * three, after one warm-up call.
     */
    void getClip(int count) {
        Samples firstBytes = new Samples();
        Samples totals = new Samples();
        List<Fragment> fragments = footage.fragments().subList(0, count);
        TimeRange range = footage.range(0, count);
        for (int run = 0; run <= GETCLIP_RUNS; run++) {
            long[] firstByteAt = {0};
            long started = System.nanoTime();
            ClipBytes clip = served.archive().getClip(BenchFootage.LONG_STREAM, range, TimestampKind.PRODUCER,
                    fragments, new TransferListener() {
                        @Override
                        public void bytesReceived(long received, long expectedTotal) {
                            if (firstByteAt[0] == 0 && received > 0) {
                                firstByteAt[0] = System.nanoTime();
                            }
                        }
                    });
            long done = System.nanoTime();
            if (clip.mp4().length == 0) {
                throw new IllegalStateException("GetClip returned nothing");
            }
            if (run > 0) {
                firstBytes.add((firstByteAt[0] - started) / 1e6);
                totals.add((done - started) / 1e6);
            }
        }
        report.add(Figure.of("getclip_first_byte_ms", firstBytes.median(), "ms"));
        report.add(Figure.of("getclip_total_ms", totals.median(), "ms"));
    }
}
