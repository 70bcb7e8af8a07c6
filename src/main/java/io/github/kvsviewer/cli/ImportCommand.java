package io.github.kvsviewer.cli;

import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.clip.TimeInput;
import io.github.kvsviewer.local.FragmentStore;
import io.github.kvsviewer.local.ImportException;
import io.github.kvsviewer.local.ImportProgress;
import io.github.kvsviewer.local.ImportRequest;
import io.github.kvsviewer.local.ImportResult;
import io.github.kvsviewer.local.ImportResult.StartSource;
import io.github.kvsviewer.local.VideoImporter;
import io.github.kvsviewer.ui.ArchiveConnector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import}: a video file into the local archive as a new stream. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a video file into the local archive as a new stream.",
                "H.264 is stored as it is; other video (or H.264 with B-frames) is re-encoded with openh264. "
                        + "Fragments start at keyframes, at least 2 s apart.",
                "Each frame's producer time is the start plus its time in the file. The start is --start, "
                        + "else the file's creation time.",
                "Times are ISO-8601 with an offset, or without one in --zone (default Asia/Tokyo), never silently UTC."})
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--stream", required = true, description = "Name of the new stream (letters, digits, '_', '.', '-').")
    String stream;

    @Option(names = "--file", required = true, paramLabel = "VIDEO", description = "Video file, any format FFmpeg reads.")
    Path file;

    @Option(names = "--start", description = "Producer time of the file's first frame, e.g. 2026-11-20T10:00:00 "
            + "or 2026-11-20T10:00:00+09:00 (default: the file's creation time).")
    String start;

    @Option(names = "--zone", defaultValue = "Asia/Tokyo",
            description = "Zone for a --start without an offset and for the times printed (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Mixin
    LocalArchiveOptions local = new LocalArchiveOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path dataDir = local.dataDir();
        try {
            Optional<Instant> first = start == null ? Optional.empty() : Optional.of(TimeInput.parseInstant(start, zone));
            FragmentStore store = FragmentStore.open(dataDir);
            ImportResult result = new VideoImporter(store, ArchiveConnector.LOCAL_REGION)
                    .importFile(new ImportRequest(stream, file, first), progress(stderr));
            print(result, stdout);
            return 0;
        } catch (ImportException | IllegalArgumentException e) {
            return fail(stderr, e.getMessage());
        } catch (IOException e) {
            return fail(stderr, "could not write the local archive at " + dataDir + ": " + e.getMessage()
                    + ". Nothing was imported.");
        } catch (RuntimeException e) {
            stderr.println("kvs-viewer import: unexpected failure: " + e);
            stderr.flush();
            return 2;
        }
    }

    private void print(ImportResult result, PrintWriter stdout) {
        TimeDisplay display = new TimeDisplay(zone);
        stdout.printf("imported   %s from %s%n", result.stream().name(), file);
        stdout.printf("frames     %d in %d fragments, %s%n", result.frames(), result.fragments(), result.reencoded()
                .map(why -> "re-encoded to H.264 because " + why)
                .orElse("H.264 stored as it was (not re-encoded)"));
        stdout.printf("producer   %s  (%s)%n", display.range(result.producerRange()),
                TimeDisplay.duration(result.producerRange().duration()));
        if (result.startFrom() == StartSource.CREATION_TIME) {
            stdout.printf("start      the file's creation time, %s. Cameras that write local time there put it off "
                    + "by their UTC offset: check the range above, or give --start.%n",
                    display.dateTime(result.producerRange().start()) + " " + display.zoneName(result.producerRange().start()));
        }
        if (result.skippedFrames() > 0) {
            stdout.printf("note       %d frames before the file's first keyframe were left out: no decoder can show them.%n",
                    result.skippedFrames());
        }
        if (result.audioLeftOut()) {
            stdout.println("note       the file's audio was left out: the stream keeps video only.");
        }
        stdout.flush();
    }

    /** On stderr, a line per 10 %, so stdout stays for the result. */
    private static ImportProgress progress(PrintWriter stderr) {
        int[] lastTenth = {-1};
        return (done, total) -> {
            int tenth = total <= 0 ? 10 : (int) Math.min(10, done * 10 / total);
            if (tenth != lastTenth[0]) {
                lastTenth[0] = tenth;
                stderr.println(String.format(Locale.ROOT, "Importing: %d%%", tenth * 10));
                stderr.flush();
            }
        };
    }

    private static int fail(PrintWriter stderr, String message) {
        stderr.println("kvs-viewer import: " + message);
        stderr.flush();
        return 1;
    }
}
