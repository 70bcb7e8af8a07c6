package io.github.kvsviewer.local;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.local.DemoTimeline.PlannedFragment;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthetic shelf-camera footage for the local archive: several cameras with
 * different sizes, frame rates and fragment lengths, starting at non-whole
 * seconds, one with an outage. Every frame carries its producer time visibly and
 * in a {@link TimeCodeStrip}.
 */
public final class DemoFootage {

    private static final Logger log = LoggerFactory.getLogger(DemoFootage.class);

    /**
     * Reports generation progress: done and total frames over all streams being
     * generated. Called from worker threads, one call at a time, with done never
     * going down.
     */
    public interface Progress {
        void update(String stream, long framesDone, long framesTotal);
    }

    private DemoFootage() {
    }

    /** The three demo streams of the product (cafe-shelf-1, cafe-shelf-2, cafe-entrance). */
    public static List<DemoStreamSpec> standardStreams() {
        return List.of(
                new DemoStreamSpec("cafe-shelf-1", 1280, 720, 15, Duration.ofSeconds(2),
                        jst("2026-11-20T10:00:00.250+09:00"), Duration.ofMinutes(3),
                        List.of(new TimeRange(jst("2026-11-20T10:01:00.250+09:00"),
                                jst("2026-11-20T10:01:20.250+09:00")))),
                new DemoStreamSpec("cafe-shelf-2", 960, 540, 12, Duration.ofSeconds(1),
                        jst("2026-11-20T10:00:01.700+09:00"), Duration.ofSeconds(90), List.of()),
                new DemoStreamSpec("cafe-entrance", 1920, 1080, 30, Duration.ofSeconds(2),
                        jst("2026-11-20T10:00:07.640+09:00"), Duration.ofSeconds(40), List.of()));
    }

    /**
     * Makes sure each spec'd stream exists in the store, complete and intact; generates
     * (or regenerates) those that are missing or damaged. Streams are encoded in parallel.
     *
     * <p>A stream is kept untouched when its fragments are exactly the ones the spec
     * yields (same count, producer starts and lengths, same picture size) and every
     * fragment file matches its checksum. Anything else (a run killed halfway, a
     * truncated file, a changed spec) deletes it and generates it again.
     *
     * @throws InterruptedIOException when the calling thread is interrupted; the
     *     streams not finished are left incomplete and regenerated next time
     */
    public static void ensure(FragmentStore store, String region, List<DemoStreamSpec> specs, Progress progress)
            throws IOException {
        // Plan every stream before touching any: a bad spec must not cost a good stream.
        List<Job> planned = specs.stream().map(spec -> new Job(spec, DemoTimeline.plan(spec))).toList();
        List<Job> jobs = new ArrayList<>();
        for (Job job : planned) {
            DemoStreamSpec spec = job.spec();
            List<PlannedFragment> plan = job.plan();
            Optional<String> problem = problem(store, spec, plan);
            if (problem.isEmpty()) {
                log.debug("Demo stream {} is complete and intact", spec.name());
                continue;
            }
            log.info("Generating demo stream {}: {}", spec.name(), problem.get());
            store.deleteStream(spec.name());
            jobs.add(job);
        }
        if (!jobs.isEmpty()) {
            run(store, region, jobs, progress);
        }
    }

    /** Why the stored stream cannot be kept, or empty when it can. */
    private static Optional<String> problem(FragmentStore store, DemoStreamSpec spec, List<PlannedFragment> plan) {
        if (store.stream(spec.name()).isEmpty()) {
            return Optional.of("missing");
        }
        List<Fragment> stored = store.fragments(spec.name());
        if (stored.size() != plan.size()) {
            return Optional.of("incomplete, " + stored.size() + " of " + plan.size() + " fragments");
        }
        for (int i = 0; i < plan.size(); i++) {
            PlannedFragment planned = plan.get(i);
            Fragment fragment = stored.get(i);
            if (!fragment.producerTime().equals(planned.producerStart()) || !fragment.length().equals(planned.length())) {
                return Optional.of("fragment " + i + " differs from the spec");
            }
        }
        if (!store.isIntact(spec.name())) {
            return Optional.of("damaged");
        }
        try {
            FragmentMedia first = store.readMedia(spec.name(), stored.get(0).number());
            if (first.width() != spec.width() || first.height() != spec.height()) {
                return Optional.of("picture size differs from the spec");
            }
        } catch (IOException e) {
            return Optional.of("unreadable: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** One stream per core: openh264 encodes on one thread, so this is what uses the machine. */
    private static void run(FragmentStore store, String region, List<Job> jobs, Progress progress) throws IOException {
        // Longest first, so the last stream to finish is a short one.
        List<Job> ordered = jobs.stream().sorted(Comparator.comparingLong(Job::cost).reversed()).toList();
        long total = ordered.stream().mapToLong(j -> DemoTimeline.frameCount(j.plan())).sum();
        ProgressTally tally = new ProgressTally(progress, total);
        DemoStreamGenerator generator = new DemoStreamGenerator(store, region);
        int threads = Math.min(ordered.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, new DemoThreadFactory());
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Job job : ordered) {
                futures.add(pool.submit(() -> {
                    generator.generate(job.spec(), job.plan(), frames -> tally.add(job.spec().name(), frames));
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("demo footage generation was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("generating demo footage failed", cause);
        } finally {
            pool.shutdownNow(); // after a failure, stop the other streams too ...
            awaitWorkers(pool); // ... and let none write on after we return
        }
        log.info("Generated {} demo frames in {} streams in {} ms", total, ordered.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Workers notice the interrupt at the next frame; waiting is only skipped if we are interrupted ourselves. */
    private static void awaitWorkers(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("Demo footage workers still running after being stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant jst(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private record Job(DemoStreamSpec spec, List<PlannedFragment> plan) {
        /** Pixels to paint and encode, which is what the time goes into. */
        long cost() {
            return DemoTimeline.frameCount(plan) * spec.width() * spec.height();
        }
    }

    /** Sums the frames done over all workers and reports them one call at a time. */
    private static final class ProgressTally {
        private final Progress progress;
        private final long total;
        private long done;

        ProgressTally(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        synchronized void add(String stream, int frames) {
            done += frames;
            progress.update(stream, done, total);
        }
    }

    /** Named daemon threads: a stuck encoder must not keep the JVM alive. */
    private static final class DemoThreadFactory implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "demo-footage-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
