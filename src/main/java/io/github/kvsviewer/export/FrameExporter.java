package io.github.kvsviewer.export;

import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.clip.FrameTime;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.export.ExportException.Kind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports frames of a decoded clip as PNG or JPEG files with a CSV sidecar that
 * lists them: stream, frame index, exact producer time in UTC and in the display
 * zone, interpolated time, fragment number, file name and SHA-256.
 *
 * <p>Names: {@code <stream>_<exact time in the zone, basic ISO-8601 with ms and
 * offset>_f<index, at least 4 digits>.<png|jpg>}, the CSV
 * {@code <stream>_<first written frame's time>_frames.csv}.
 *
 * <p>Never overwrites: a name that is taken gets the next free suffix
 * ({@code ..._f0003-2.png}, {@code ..._frames-2.csv}), so a second export into the
 * same folder keeps the first intact and its CSV names the files it really
 * wrote. Every file appears atomically, whole, synced to disk. The CSV is
 * written last, after a cancel or a failure too, so it always lists exactly the
 * pictures that were written.
 *
 * <p>Blocking: run it on a background thread, never the JavaFX thread.
 * Cancelling ({@link ExportProgress#isCancelled()} or interrupting the thread)
 * stops before the next frame.
 */
public final class FrameExporter {

    private static final Logger log = LoggerFactory.getLogger(FrameExporter.class);

    private final DecodedClip clip;
    private final String streamName;
    private final ExportOptions options;
    private final Path folder;
    private final ExportNames names;
    private final NewFileWriter files;
    private final List<ExportedFrame> written = new ArrayList<>();
    private int selected;

    private FrameExporter(DecodedClip clip, String streamName, ExportOptions options, Path folder) {
        this.clip = clip;
        this.streamName = streamName;
        this.options = options;
        this.folder = folder;
        this.names = new ExportNames(streamName, options.zone());
        this.files = new NewFileWriter(folder);
    }

    /**
     * Writes the selected frames into {@code options.folder()} (created when
     * missing) and their CSV.
     *
     * @return what was written; {@link ExportResult#cancelled()} when the user
     *     cancelled before the last frame
     * @throws ExportException when the selection does not fit the clip, the folder
     *     cannot be written, the disk is full, or a frame cannot be decoded or
     *     encoded; its message says what was written so far
     */
    public static ExportResult export(DecodedClip clip, String streamName, FrameSelection selection,
            ExportOptions options, ExportProgress progress) {
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(streamName, "streamName");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        ClipTimeline timeline = clip.timeline();
        List<Integer> indices;
        try {
            indices = selection.resolve(timeline.frameCount());
        } catch (IllegalArgumentException e) {
            throw new ExportException(Kind.INVALID_SELECTION, "Nothing was exported: " + e.getMessage() + ".",
                    ExportResult.nothing(0), e);
        }
        Path folder = prepareFolder(options.folder().toAbsolutePath().normalize(), indices.size());
        return new FrameExporter(clip, streamName, options, folder).run(timeline, indices, progress);
    }

    private ExportResult run(ClipTimeline timeline, List<Integer> indices, ExportProgress progress) {
        selected = indices.size();
        long started = System.nanoTime();
        boolean cancelled = false;
        List<FrameTime> times = indices.stream().map(timeline::frame).toList();
        try (EncodeAhead frames = new EncodeAhead(clip, times, options, EncodeAhead.workersForThisMachine())) {
            progress.update(0, selected);
            for (FrameTime time : times) {
                if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
                    cancelled = true;
                    break;
                }
                byte[] bytes;
                try {
                    bytes = frames.next();
                } catch (InterruptedException e) {
                    cancelled = true; // as a cancel: the interrupt stays set for the caller
                    break;
                } catch (EncodeAhead.StepFailure e) {
                    throw stepFailure(time.index(), e);
                }
                writeFrame(time, bytes);
                progress.update(written.size(), selected);
            }
        } catch (ExportException e) {
            throw e;
        } catch (RuntimeException e) {
            // A failure outside the frame steps (a progress callback, say): still list what was written.
            writeCsvAfterFailure(e);
            throw e;
        }
        Optional<Path> csv;
        try {
            csv = writeCsv();
        } catch (IOException e) {
            throw failure(ExportFailures.kindOfWriteFailure(e), "The frame list (CSV) could not be written to "
                    + folder + ": " + ExportFailures.reason(e) + ".", e, false);
        }
        ExportResult result = new ExportResult(written, csv, selected, cancelled);
        logDone(result, started);
        return result;
    }

    /** Frame {@code index} could not be decoded or encoded. */
    private ExportException stepFailure(int index, EncodeAhead.StepFailure step) {
        Throwable cause = step.getCause();
        Exception exception = cause instanceof Exception e ? e : new IllegalStateException(cause);
        if (step.decoding()) {
            return failure(Kind.FRAME_UNAVAILABLE, "Frame " + index + " could not be decoded: "
                    + ExportFailures.reason(exception) + ".", exception, true);
        }
        return failure(Kind.ENCODING_FAILED, "Frame " + index + " could not be saved as "
                + options.format() + ": " + ExportFailures.reason(exception) + ".", exception, true);
    }

    private void writeFrame(FrameTime time, byte[] bytes) {
        int index = time.index();
        NewFileWriter.Written file;
        try {
            file = files.write(names.frameBase(time), options.format().extension(), bytes);
        } catch (IOException e) {
            Kind kind = ExportFailures.kindOfWriteFailure(e);
            throw failure(kind, writeFailureMessage(kind, index, e), e, true);
        }
        written.add(new ExportedFrame(time, file.path(), file.sha256()));
    }

    private String writeFailureMessage(Kind kind, int index, IOException e) {
        return switch (kind) {
            case DISK_FULL -> "The disk is full.";
            case FOLDER_NOT_WRITABLE -> "Cannot write to the folder " + folder + ": " + ExportFailures.reason(e) + ".";
            default -> "Writing frame " + index + " to " + folder + " failed: " + ExportFailures.reason(e) + ".";
        };
    }

    /** Lists what was written so far (best effort) and says so in the exception. */
    private ExportException failure(Kind kind, String what, Exception cause, boolean tryCsv) {
        Optional<Path> csv = Optional.empty();
        boolean csvFailed = false; // when the CSV itself failed, the message already says so
        if (tryCsv) {
            try {
                csv = writeCsv();
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
                csvFailed = true;
            }
        }
        ExportResult soFar = new ExportResult(written, csv, selected, false);
        String advice = switch (kind) {
            case DISK_FULL -> " Free some space or choose another folder, then export the rest.";
            case FOLDER_NOT_WRITABLE -> " Choose another folder.";
            default -> "";
        };
        log.warn("Export of {} to {} failed after {} of {} frames", streamName, folder, written.size(), selected, cause);
        return new ExportException(kind, what + " " + ExportFailures.soFar(soFar, folder, csvFailed) + advice,
                soFar, cause);
    }

    private void writeCsvAfterFailure(RuntimeException cause) {
        try {
            writeCsv();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private Optional<Path> writeCsv() throws IOException {
        if (written.isEmpty()) {
            return Optional.empty(); // no picture, nothing to list: no empty CSV left behind
        }
        byte[] csv = new CsvSidecar(options.zone()).render(streamName, written);
        return Optional.of(files.write(names.csvBase(written.get(0).time()), "csv", csv).path());
    }

    /** Creates the folder, or says in words why it cannot be: nothing is written when this fails. */
    private static Path prepareFolder(Path folder, int selected) {
        try {
            Files.createDirectories(folder);
            return folder;
        } catch (FileAlreadyExistsException e) {
            throw noFolder(folder + " is a file, not a folder. Choose a folder to export to.", e, selected);
        } catch (AccessDeniedException e) {
            throw noFolder("Cannot create the folder " + folder + ": permission denied. Choose another folder.",
                    e, selected);
        } catch (IOException e) {
            throw noFolder("Cannot create the folder " + folder + ": " + ExportFailures.whyNoFolder(folder, e)
                    + ". Choose another folder.", e, selected);
        }
    }

    private static ExportException noFolder(String message, IOException cause, int selected) {
        return new ExportException(Kind.FOLDER_NOT_WRITABLE, message + " No picture was written.",
                ExportResult.nothing(selected), cause);
    }

    private void logDone(ExportResult result, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        log.info("Exported {} of {} frames of {} as {} to {}{} in {} ms ({} frames/s)", result.count(), selected,
                streamName, options.format(), folder, result.cancelled() ? " (cancelled)" : "",
                Math.round(seconds * 1000), String.format(Locale.ROOT, "%.1f", result.count() / seconds));
    }
}
