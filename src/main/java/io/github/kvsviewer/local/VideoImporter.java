package io.github.kvsviewer.local;

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
        checkName(request.stream());
        long started = System.nanoTime();
        ProbedVideo video = VideoProbe.probe(request.file());
        Instant start = request.start().isPresent() ? request.start().get() : creationTime(request.file(), video);
        NewStream stream = new NewStream(request, progress, video.frames());
        try (UnitSource source = open(request.file(), video)) {
            try {
                FragmentCutter cutter = new FragmentCutter(start, source.width(), source.height());
                for (Optional<TimedUnit> unit = source.next(); unit.isPresent(); unit = source.next()) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedIOException("importing '" + request.file() + "' was cancelled; "
                                + "nothing was imported");
                    }
                    Optional<ClipSegment> done = cutter.add(unit.get());
                    if (done.isPresent()) {
                        stream.append(done.get());
                    }
                }
                Optional<ClipSegment> last = cutter.finish();
                if (last.isEmpty()) {
                    throw new ImportException(Kind.DAMAGED, "No frame of '" + request.file() + "' could be decoded. "
                            + "Nothing was imported.");
                }
                stream.append(last.get());
                if (cutter.moved() > 0) {
                    log.warn("{} frames of {} shared a millisecond with the one before and were stored 1 ms later",
                            cutter.moved(), request.file());
                }
            } catch (IOException | RuntimeException e) {
                stream.removeIfCreated(e);
                throw e;
            }
            log.info("Imported {} as {}: {} frames in {} fragments{} in {} ms", request.file(), request.stream(),
                    stream.frames, stream.fragments, video.reencodeReason().map(r -> ", re-encoded").orElse(""),
                    (System.nanoTime() - started) / 1_000_000);
            return new ImportResult(store.stream(request.stream()).orElseThrow(), stream.frames, stream.fragments,
                    new TimeRange(stream.first, stream.last),
                    request.start().isPresent() ? StartSource.GIVEN : StartSource.CREATION_TIME, video.codec(),
                    video.reencodeReason(), source.skipped(), video.audio());
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

    /**
     * The stream being filled. Created with its first fragment, so an input that fails
     * at once leaves no trace; removed again when a later step fails.
     */
    private final class NewStream {
        private final ImportRequest request;
        private final ImportProgress progress;
        private final long framesTotal;
        private boolean created;
        long frames;
        int fragments;
        Instant first;
        Instant last;

        NewStream(ImportRequest request, ImportProgress progress, long framesTotal) {
            this.request = request;
            this.progress = progress;
            this.framesTotal = framesTotal;
        }

        void append(ClipSegment fragment) throws IOException {
            if (!created) {
                create();
            }
            FragmentMedia media = fragment.media();
            Instant producerStart = fragment.producerStart();
            store.appendFragment(request.stream(), producerStart, producerStart.plus(SERVER_DELAY), media);
            frames += media.units().size();
            fragments++;
            first = first == null ? producerStart : first;
            last = producerStart.plusMillis(media.lengthMillis());
            progress.update(frames, framesTotal);
        }

        private void create() throws IOException {
            try {
                created = true; // from here a failure removes what was written, even a half-made folder
                store.createStream(request.stream(), region, deviceName(request.file()), RETENTION_HOURS, Instant.now());
            } catch (IllegalStateException e) {
                created = false; // someone else's stream: not ours to remove
                throw new ImportException(Kind.STREAM_EXISTS, "A stream named '" + request.stream() + "' was created "
                        + "while importing; choose another stream name. Nothing was imported.", e);
            }
        }

        void removeIfCreated(Exception cause) {
            if (!created) {
                return;
            }
            try {
                store.deleteStream(request.stream());
                log.info("Removed the half-imported stream {}", request.stream());
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
                log.error("Could not remove the half-imported stream {}", request.stream(), e);
            }
        }
    }
}
