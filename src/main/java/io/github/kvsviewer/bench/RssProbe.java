package io.github.kvsviewer.bench;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.ClipProgress;
import io.github.kvsviewer.clip.ClipService;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.local.FragmentStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of rss_mb_1min and rss_mb_10min: a fresh process, so its peak
 * resident memory is this clip's alone. It serves the bench store on loopback as
 * the viewer does, loads the first {@code count} fragments of the long stream
 * over HTTP, shows every frame in order (the player's path) while the scrub
 * previews are built, then previews every frame, and prints
 * {@code loaded_mb=... peak_mb=...} on stdout.
 *
 * <p>Usage: {@code RssProbe STORE_DIR COUNT}.
 */
public final class RssProbe {

    private RssProbe() {
    }

    /** Where the memory is at each stage, on stderr: for finding what grows, not a figure. */
    private static void stage(String name) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.err.printf("rss probe: %s: %d MB resident, heap %d MB used of %d MB committed%n", name,
                ResidentMemory.currentMb().orElse(-1), heap.getUsed() / 1_000_000, heap.getCommitted() / 1_000_000);
    }

    public static void main(String[] args) throws Exception {
        FragmentStore store = FragmentStore.open(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        List<Fragment> fragments = store.fragments(BenchFootage.LONG_STREAM);
        TimeRange range = new TimeRange(fragments.get(0).producerTime(), fragments.get(count - 1).producerTime());
        long loaded;
        try (BenchArchive served = BenchArchive.serve(store)) {
            ClipService service = new ClipService(served.archive());
            ClipPlan plan = service.plan(BenchFootage.LONG_STREAM, range);
            List<ClipBytes> parts = service.fetch(BenchFootage.LONG_STREAM, plan, ClipProgress.NONE);
            try (DecodedClip clip = ClipDecoder.open(parts)) {
                int frames = clip.timeline().frameCount();
                ByteBuffer picture = ByteBuffer.allocateDirect(clip.width() * clip.height() * 4);
                clip.displayFrameInto(0, picture);
                loaded = ResidentMemory.currentMb().orElse(-1);
                stage("loaded");
                clip.previewFrame(0); // the viewer starts its preview proxy as the clip opens
                for (int i = 1; i < frames; i++) {
                    clip.displayFrameInto(i, picture);
                }
                stage("played through");
                while (clip.previewFramesReady() < frames) {
                    Thread.sleep(10);
                }
                stage("previews built");
                ByteBuffer preview = ByteBuffer.allocateDirect(clip.previewWidth() * clip.previewHeight() * 4);
                for (int i = 0; i < frames; i++) {
                    if (!clip.previewFrameInto(i, preview)) {
                        throw new IllegalStateException("no preview of frame " + i);
                    }
                }
                stage("previewed");
            }
        }
        System.out.println("loaded_mb=" + loaded + " peak_mb=" + ResidentMemory.peakMb().orElse(-1));
        System.out.flush();
        System.exit(0); // the SDK's and FFmpeg's threads must not keep a measuring child alive
    }
}
