package io.github.kvsviewer.local;

import io.github.kvsviewer.local.DemoTimeline.PlannedFragment;
import io.github.kvsviewer.local.DemoTimeline.PlannedFrame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paints, encodes and stores one demo stream, fragment by fragment, so a long
 * stream never sits in memory and a run killed halfway leaves a stream that is
 * visibly incomplete (fewer fragments than planned) rather than corrupt.
 */
final class DemoStreamGenerator {

    static final int RETENTION_HOURS = 168;
    private static final Logger log = LoggerFactory.getLogger(DemoStreamGenerator.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final FragmentStore store;
    private final String region;

    DemoStreamGenerator(FragmentStore store, String region) {
        this.store = store;
        this.region = region;
    }

    static String deviceName(DemoStreamSpec spec) {
        return "demo-camera-" + spec.name();
    }

    /**
     * Creates the stream (it must not exist) and fills it.
     *
     * @param framesEncoded told the number of frames after each stored fragment
     */
    void generate(DemoStreamSpec spec, List<PlannedFragment> plan, IntConsumer framesEncoded) throws IOException {
        long started = System.nanoTime();
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        // A stable creation time: the same spec gives the same ARN on every machine.
        store.createStream(spec.name(), region, deviceName(spec), RETENTION_HOURS, spec.start().minus(Duration.ofHours(1)));
        DemoFramePainter painter = new DemoFramePainter(spec.name(), spec.width(), spec.height());
        try (H264Encoder encoder = new H264Encoder(spec.width(), spec.height(), spec.framesPerSecond())) {
            byte[] codecPrivateData = encoder.codecPrivateData();
            for (PlannedFragment fragment : plan) {
                List<AccessUnit> units = new ArrayList<>(fragment.frames().size());
                for (PlannedFrame frame : fragment.frames()) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedIOException("generating " + spec.name() + " was cancelled");
                    }
                    boolean first = units.isEmpty();
                    BufferedImage picture = painter.paint(frame.number(), frame.time());
                    units.add(encoder.encode(picture, painter.changedRegions(), fragment.offsetMillis(frame), first));
                }
                FragmentMedia media = new FragmentMedia(spec.width(), spec.height(), codecPrivateData, units);
                store.appendFragment(spec.name(), fragment.producerStart(), fragment.serverStart(), media);
                framesEncoded.accept(units.size());
            }
        }
        log.debug("Generated {}: {} fragments in {} ms, {} ms of it on the CPU", spec.name(), plan.size(),
                (System.nanoTime() - started) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    }
}
