package io.github.kvsviewer.cli;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipCheck;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.ClipService;
import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.clip.TimeInput;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.export.ExportException;
import io.github.kvsviewer.export.ExportFormat;
import io.github.kvsviewer.export.ExportOptions;
import io.github.kvsviewer.export.ExportResult;
import io.github.kvsviewer.export.FrameExporter;
import io.github.kvsviewer.export.FrameSelection;
import io.github.kvsviewer.ui.OpenArchive;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: the frames of a range as image files plus a CSV of their exact producer times. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the frames of a time range as PNG or JPEG files with a CSV of their exact producer times.",
                "Times are ISO-8601 with an offset, or without one in --zone (default Asia/Tokyo), never silently UTC."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--stream", required = true, description = "Stream name.")
    String stream;

    @Option(names = "--start", required = true, description = "Start, e.g. 2026-11-20T10:00:03.5 or 2026-11-20T10:00:03.5+09:00.")
    String start;

    @ArgGroup(exclusive = true, multiplicity = "1")
    End end;

    static final class End {
        @Option(names = "--end", required = true, description = "End of the range (inclusive).")
        String end;

        @Option(names = "--duration", required = true, description = "Length of the range, e.g. 3s, 1.5s, 2m, 1h30m.")
        String duration;
    }

    @Option(names = "--zone", defaultValue = "Asia/Tokyo", description = "Zone for times without an offset and for file names (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--align", description = "Move the start back to the start of the fragment that covers it, "
            + "so the whole range is in the clip (GetClip leaves that fragment out otherwise).")
    boolean align;

    @ArgGroup(exclusive = true)
    Selection selection;

    static final class Selection {
        @Option(names = "--every", paramLabel = "N", required = true, description = "Every Nth frame (default: all frames).")
        Integer every;

        @Option(names = "--frames", split = ",", paramLabel = "I", required = true, description = "These frame indices, e.g. 0,5,9.")
        List<Integer> frames;
    }

    @Option(names = "--format", defaultValue = "png", description = "png or jpeg (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--quality", defaultValue = "0.92", description = "JPEG quality 0..1 (default: ${DEFAULT-VALUE}).")
    float quality;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files (created if needed).")
    Path out;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            TimeRange requested = requestedRange();
            ExportOptions options = exportOptions();
            FrameSelection frames = frameSelection();
            try (OpenArchive open = ArchiveConnector.open(connection, new ProgressPrinter(System.err))) {
                return export(open, requested, frames, options, stdout, stderr);
            }
        } catch (ArchiveException | ExportException | IllegalArgumentException e) {
            stderr.println("kvs-viewer export: " + e.getMessage());
            stderr.flush();
            return 1;
        } catch (Exception e) {
            stderr.println("kvs-viewer export: unexpected failure: " + e);
            stderr.flush();
            return 2;
        }
    }

    private int export(OpenArchive open, TimeRange requested, FrameSelection frames, ExportOptions options,
            PrintWriter stdout, PrintWriter stderr) {
        TimeDisplay display = new TimeDisplay(zone);
        ClipService service = new ClipService(open.archive());
        ClipPlan plan = service.plan(stream, requested);
        if (align && plan.aligned().isPresent()) {
            plan = service.plan(stream, plan.aligned().get());
            stdout.printf("aligned    start moved back to %s, the start of the fragment that covers it%n",
                    display.time(plan.requested().start()));
        }
        stdout.printf("requested  %s  (%s)%n", display.range(requested), TimeDisplay.duration(requested.duration()));
        stdout.flush();
        TransferPrinter transfer = new TransferPrinter(stderr);
        List<ClipBytes> parts = service.fetch(stream, plan, transfer);
        transfer.done();
        try (DecodedClip clip = ClipDecoder.open(parts)) {
            ClipTimeline timeline = clip.timeline();
            stdout.printf("returned   %s  (%s, %d fragments, %d frames%s)%n", display.range(timeline.returned()),
                    TimeDisplay.duration(timeline.returned().duration()), plan.returned().size(), timeline.frameCount(),
                    plan.parts().size() > 1 ? ", " + plan.parts().size() + " GetClip calls" : "");
            explainDifference(requested, timeline.returned(), plan, stdout);
            ClipCheck.differences(plan, timeline).forEach(d -> stdout.println("warning    " + d));
            stdout.flush();
            ExportResult result = FrameExporter.export(clip, stream, frames, options, transfer.exportProgress());
            transfer.done();
            stdout.printf("exported   %d frames as %s to %s%n", result.count(), options.format(), options.folder());
            result.csv().ifPresent(csv -> stdout.printf("csv        %s%n", csv));
            stdout.flush();
            return 0;
        }
    }

    /** Says why the clip covers another range than asked, and what to do about it. */
    private void explainDifference(TimeRange requested, TimeRange returned, ClipPlan plan, PrintWriter stdout) {
        Duration lateStart = Duration.between(requested.start(), returned.start());
        if (!lateStart.isNegative() && !lateStart.isZero() && plan.aligned().isPresent()) {
            stdout.printf("note       GetClip returns whole fragments that start inside the range: the first %s "
                    + "you asked for are not in the clip. Use --align to include them.%n", TimeDisplay.duration(lateStart));
        }
        Duration lateEnd = Duration.between(requested.end(), returned.end());
        if (!lateEnd.isNegative() && !lateEnd.isZero()) {
            stdout.printf("note       the clip runs %s past the requested end: its last fragment started inside the range.%n",
                    TimeDisplay.duration(lateEnd));
        }
    }

    private TimeRange requestedRange() {
        Instant from = TimeInput.parseInstant(start, zone);
        Instant to = end.end != null ? TimeInput.parseInstant(end.end, zone) : from.plus(TimeInput.parseDuration(end.duration));
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The end (" + new TimeDisplay(zone).dateTime(to)
                    + ") must be after the start (" + new TimeDisplay(zone).dateTime(from) + ").");
        }
        return new TimeRange(from, to);
    }

    private ExportOptions exportOptions() {
        ExportFormat chosen = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "png" -> ExportFormat.PNG;
            case "jpeg", "jpg" -> ExportFormat.JPEG;
            default -> throw new IllegalArgumentException("--format must be png or jpeg, not '" + format + "'.");
        };
        return ExportOptions.png(out).withFormat(chosen).withJpegQuality(quality).withZone(zone);
    }

    private FrameSelection frameSelection() {
        if (selection == null) {
            return FrameSelection.all();
        }
        return selection.every != null ? FrameSelection.everyNth(selection.every) : FrameSelection.indices(selection.frames);
    }
}
