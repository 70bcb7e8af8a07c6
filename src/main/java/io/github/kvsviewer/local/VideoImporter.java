package io.github.kvsviewer.local;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.local.ImportException.Kind;
import io.github.kvsviewer.local.ImportResult.StartSource;
import io.github.kvsviewer.local.UnitSource.TimedUnit;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a video file into the local archive as a new stream.
 *
 * <p>H.264 in presentation order is stored as it is (no re-encoding); anything else
 * (another codec, B-frames, no timestamps, keyframes over 10 s apart) is decoded
 * and re-encoded with openh264. Fragments are cut at keyframes by
 * {@link FragmentCutter}'s rule. Each frame's producer time is the start plus its
 * PTS after the file's first frame; the start is the caller's, else the file's
 * creation_time. Server times are the producer times plus {@link #SERVER_DELAY}.
 *
 * <p>Nothing is half done: the file is checked in full (demuxed, not decoded) before
 * the stream is created, and a failure after that (a decoder error, a full disk,
 * cancellation by interrupt) deletes the stream again. Only a process killed in the
 * middle leaves a stream, shorter than the file.
 */
public final class VideoImporter {

    /** As the demo cameras: long enough that an imported file of last year still shows. */
    public static final int RETENTION_HOURS = 168;
    static final Duration SERVER_DELAY = Duration.ofMillis(300);

    private static final Logger log = LoggerFactory.getLogger(VideoImporter.class);

    private final FragmentStore store;
    private final String region;

    /** @param region named in the new stream's ARN, as the local archive's server is started with */
    public VideoImporter(FragmentStore store, String region) {
        this.store = store;
        this.region = region;
    }

    /**
     * Reads the file and stores it as the new stream {@code request.stream()}.
     *
     * @throws ImportException for a file or name that cannot be imported; the store is unchanged
     * @throws InterruptedIOException when the thread was interrupted; the stream was removed again
     * @throws IOException when the store cannot be written; the stream was removed again
     */
    public ImportResult importFile(ImportRequest request, ImportProgress progress) throws IOException {
        String name = request.stream();
        checkName(name);
        long started = System.nanoTime();
        ProbedVideo video = VideoProbe.probe(request.file());
        Instant start = request.start().isPresent() ? request.start().get() : creationTime(request.file(), video);
        StartSource startFrom = request.start().isPresent() ? StartSource.GIVEN : StartSource.CREATION_TIME;
        Totals totals = new Totals();
        try (UnitSource source = open(request.file(), video)) {
            boolean created = false;
            try {
                boolean reencode = video.reencodeReason().isPresent();
                FragmentCutter cutter = new FragmentCutter(start, reencode ? ReencodeSource.even(video.width()) : video.width(),
                        reencode ? ReencodeSource.even(video.height()) : video.height());
                for (Optional<TimedUnit> unit = source.next(); unit.isPresent(); unit = source.next()) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedIOException("importing '" + request.file() + "' was cancelled; "
                                + "nothing was imported");
                    }
                    Optional<ClipSegment> done = cutter.add(unit.get());
                    if (done.isPresent()) {
                        // the stream is created with its first fragment: a file failing at once leaves no trace
                        created |= createOnce(name, request.file(), created);
                        store(name, done.get(), totals, progress, video.frames());
                    }
                }
                Optional<ClipSegment> last = cutter.finish();
                if (last.isEmpty()) {
                    throw new ImportException(Kind.DAMAGED, "No frame of '" + request.file() + "' could be decoded. "
                            + "Nothing was imported.");
                }
                created |= createOnce(name, request.file(), created);
                store(name, last.get(), totals, progress, video.frames());
                if (cutter.moved() > 0) {
                    log.warn("{} frames of {} shared a millisecond with the one before and were stored 1 ms later",
                            cutter.moved(), request.file());
                }
            } catch (IOException | RuntimeException e) {
                if (created) {
                    removeHalfImported(name, e);
                }
                throw e;
            }
            log.info("Imported {} as {}: {} frames in {} fragments{} in {} ms", request.file(), name, totals.frames,
                    totals.fragments, video.reencodeReason().map(r -> ", re-encoded").orElse(""),
                    (System.nanoTime() - started) / 1_000_000);
            StreamInfo info = store.stream(name).orElseThrow();
            return new ImportResult(info, totals.frames, totals.fragments, new TimeRange(totals.first, totals.last),
                    startFrom, video.codec(), video.reencodeReason(), source.skipped(), video.audio());
        }
    }

    /** The device name an imported stream gets: where it came from. */
    static String deviceName(Path file) {
        return "import:" + file.getFileName();
    }

    private void checkName(String name) throws ImportException {
        if (!FragmentStore.isValidStreamName(name)) {
            throw new ImportException(Kind.INVALID_STREAM_NAME, "'" + name + "' is not a valid stream name: use 1 to "
                    + "256 letters, digits, '_', '.' or '-'.");
        }
        // the local archive regenerates a demo stream that differs from its spec: an import there would be lost
        if (DemoFootage.standardStreams().stream().anyMatch(spec -> spec.name().equals(name))) {
            throw new ImportException(Kind.INVALID_STREAM_NAME, "'" + name + "' is the name of a demo stream of the "
                    + "local archive; choose another stream name.");
        }
        if (store.stream(name).isPresent()) {
            throw new ImportException(Kind.STREAM_EXISTS, "A stream named '" + name + "' already exists in "
                    + store.root() + "; choose another stream name. Nothing was imported.");
        }
    }

    private static Instant creationTime(Path file, ProbedVideo video) throws ImportException {
        if (video.creationTime().isEmpty()) {
            throw noStartTime(file, "has no creation time");
        }
        String written = video.creationTime().get();
        try {
            // FFmpeg gives it as ISO-8601 in UTC, "2026-11-20T01:00:00.000000Z"
            return OffsetDateTime.parse(written).toInstant();
        } catch (DateTimeException e) {
            throw noStartTime(file, "has a creation time that is not a time ('" + written + "')");
        }
    }

    private static ImportException noStartTime(Path file, String why) {
        return new ImportException(Kind.NO_START_TIME, "'" + file + "' " + why
                + ": give the producer time of its first frame (--start). Nothing was imported.");
    }

    private static UnitSource open(Path file, ProbedVideo video) throws IOException {
        if (video.reencodeReason().isPresent()) {
            log.info("Re-encoding {}: {}", file, video.reencodeReason().get());
            return new ReencodeSource(file, video);
        }
        return new PassthroughSource(VideoInput.open(file));
    }

    private boolean createOnce(String name, Path file, boolean created) throws IOException {
        if (!created) {
            try {
                store.createStream(name, region, deviceName(file), RETENTION_HOURS, Instant.now());
            } catch (IllegalStateException e) {
                throw new ImportException(Kind.STREAM_EXISTS, "A stream named '" + name + "' was created while "
                        + "importing; choose another stream name. Nothing was imported.", e);
            }
        }
        return true;
    }

    private void store(String name, ClipSegment fragment, Totals totals, ImportProgress progress, long framesTotal)
            throws IOException {
        FragmentMedia media = fragment.media();
        store.appendFragment(name, fragment.producerStart(), fragment.producerStart().plus(SERVER_DELAY), media);
        totals.add(fragment);
        progress.update(totals.frames, framesTotal);
    }

    private void removeHalfImported(String name, Exception cause) {
        try {
            store.deleteStream(name);
            log.info("Removed the half-imported stream {}", name);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
            log.error("Could not remove the half-imported stream {}", name, e);
        }
    }

    private static final class Totals {
        long frames;
        int fragments;
        Instant first;
        Instant last;

        void add(ClipSegment fragment) {
            FragmentMedia media = fragment.media();
            frames += media.units().size();
            fragments++;
            if (first == null) {
                first = fragment.producerStart();
            }
            last = fragment.producerStart().plusMillis(media.lengthMillis());
        }
    }
}
