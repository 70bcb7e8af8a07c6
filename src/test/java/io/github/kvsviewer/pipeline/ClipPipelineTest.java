package io.github.kvsviewer.pipeline;

import static io.github.kvsviewer.pipeline.DemoArchive.jst;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipCheck;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.ClipProgress;
import io.github.kvsviewer.clip.ClipService;
import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.clip.FrameTime;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.export.ExportOptions;
import io.github.kvsviewer.export.ExportProgress;
import io.github.kvsviewer.export.ExportResult;
import io.github.kvsviewer.export.ExportedFrame;
import io.github.kvsviewer.export.FrameExporter;
import io.github.kvsviewer.export.FrameSelection;
import io.github.kvsviewer.local.TimeCodeStrip;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over HTTP: plan, GetClip through the SDK from the local
 * archive, decode in memory, export. Each exported picture's time-code strip
 * must equal the exact producer time its CSV row gives it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClipPipelineTest {

    private Path out;

    private DemoArchive demo;
    private ClipService service;

    @BeforeAll
    void startArchive(@TempDir Path data, @TempDir Path exports) throws IOException {
        out = exports;
        demo = DemoArchive.start(data, DemoArchive.SHELF, DemoArchive.BUSY);
        service = new ClipService(demo.archive);
    }

    @AfterAll
    void stopArchive() {
        demo.close();
    }

    @Test
    void insideOneFragment() throws IOException {
        Loaded loaded = load("shelf", new TimeRange(jst("10:00:04.250"), jst("10:00:05.000")));
        assertThat(loaded.plan.returned()).hasSize(1);
        assertThat(loaded.timeline().frameCount()).isEqualTo(20);
        assertThat(loaded.timeline().returned()).isEqualTo(new TimeRange(jst("10:00:04.250"), jst("10:00:06.250")));
        assertExportedStripsMatchCsv(loaded, FrameSelection.all(), ExportOptions.png(out.resolve("inside")));
    }

    @Test
    void acrossFragmentBoundaries() throws IOException {
        Loaded loaded = load("shelf", new TimeRange(jst("10:00:03.500"), jst("10:00:09.000")));
        assertThat(loaded.plan.returned()).extracting(Fragment::producerTime)
                .containsExactly(jst("10:00:04.250"), jst("10:00:06.250"), jst("10:00:08.250"));
        assertThat(loaded.timeline().frameCount()).isEqualTo(60);
        assertExportedStripsMatchCsv(loaded, FrameSelection.all(), ExportOptions.jpeg(out.resolve("across")));
    }

    @Test
    void acrossTheOutage() throws IOException {
        Loaded loaded = load("shelf", new TimeRange(jst("10:00:17.000"), jst("10:00:31.000")));
        assertThat(loaded.plan.returned()).extracting(Fragment::producerTime)
                .containsExactly(jst("10:00:18.250"), jst("10:00:30.250"));
        ClipTimeline timeline = loaded.timeline();
        // The last frame before the outage and the first after it are 10.1 s apart, not one frame.
        assertThat(timeline.frame(19).exact()).isEqualTo(jst("10:00:20.150"));
        assertThat(timeline.frame(20).exact()).isEqualTo(jst("10:00:30.250"));
        assertThat(timeline.returned()).isEqualTo(new TimeRange(jst("10:00:18.250"), jst("10:00:32.250")));
        assertExportedStripsMatchCsv(loaded, FrameSelection.all(), ExportOptions.png(out.resolve("outage")));
    }

    @Test
    void longerThan200FragmentsComesBackWholeInSeveralCalls() throws IOException {
        Loaded loaded = load("busy", new TimeRange(jst("10:00:00.000"), jst("10:01:00.000")));
        assertThat(loaded.plan.returned()).hasSize(250);
        assertThat(loaded.plan.parts()).extracting(p -> p.fragments().size()).containsExactly(200, 50);
        assertThat(loaded.timeline().frameCount()).isEqualTo(500);
        assertThat(loaded.timeline().frame(499).exact()).isEqualTo(jst("10:00:50.150"));
        assertExportedStripsMatchCsv(loaded, FrameSelection.everyNth(7), ExportOptions.jpeg(out.resolve("busy")));
    }

    @Test
    void startOnJustBeforeAndJustAfterAFragmentBoundary() throws IOException {
        Instant boundary = jst("10:00:06.250");
        Instant end = jst("10:00:07.000");
        for (Instant start : List.of(boundary, boundary.minusMillis(1))) {
            Loaded loaded = load("shelf", new TimeRange(start, end));
            assertThat(loaded.timeline().returned().start()).isEqualTo(boundary);
            assertThat(loaded.timeline().returned().duration()).isEqualTo(Duration.ofSeconds(2));
        }
        Loaded after = load("shelf", new TimeRange(boundary.plusMillis(1), jst("10:00:08.500")));
        assertThat(after.timeline().returned()).isEqualTo(new TimeRange(jst("10:00:08.250"), jst("10:00:10.250")));
        // Aligned, the same request is covered from its first millisecond.
        TimeRange aligned = after.plan.aligned().orElseThrow();
        assertThat(aligned.start()).isEqualTo(boundary);
        Loaded covered = load("shelf", aligned);
        assertThat(covered.timeline().returned().start()).isBeforeOrEqualTo(boundary.plusMillis(1));
        assertThat(covered.timeline().returned().end()).isAfterOrEqualTo(jst("10:00:08.500"));
    }

    /** Loads a range and checks that what was decoded is what the plan predicted. */
    private Loaded load(String stream, TimeRange requested) {
        ClipPlan plan = service.plan(stream, requested);
        List<ClipBytes> parts = service.fetch(stream, plan, ClipProgress.NONE);
        DecodedClip clip = ClipDecoder.open(parts);
        assertThat(ClipCheck.differences(plan, clip.timeline())).isEmpty();
        assertThat(plan.predictedReturned()).contains(clip.timeline().returned());
        return new Loaded(plan, clip);
    }

    private void assertExportedStripsMatchCsv(Loaded loaded, FrameSelection selection, ExportOptions options)
            throws IOException {
        try (DecodedClip clip = loaded.clip) {
            ExportResult result = FrameExporter.export(clip, "shelf", selection, options, ExportProgress.NONE);
            assertThat(result.count()).isEqualTo(selection.resolve(clip.timeline().frameCount()).size());
            Map<String, Instant> csvTimes = readCsvTimes(result.csv().orElseThrow());
            assertThat(csvTimes).hasSize(result.count());
            for (ExportedFrame frame : result.frames()) {
                long strip = TimeCodeStrip.read(ImageIO.read(frame.file().toFile()));
                Instant csvTime = csvTimes.get(frame.file().getFileName().toString());
                assertThat(Instant.ofEpochMilli(strip)).as("strip of %s", frame.file().getFileName()).isEqualTo(csvTime);
                FrameTime time = clip.timeline().frame(frame.index());
                assertThat(csvTime).isEqualTo(time.exact());
            }
        }
    }

    /** file_name → producer_time_utc from the CSV sidecar. */
    private static Map<String, Instant> readCsvTimes(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int time = header.indexOf("producer_time_utc");
        int file = header.indexOf("file_name");
        Map<String, Instant> times = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            times.put(cells[file], Instant.parse(cells[time]));
        }
        return times;
    }

    private record Loaded(ClipPlan plan, DecodedClip clip) {
        ClipTimeline timeline() {
            return clip.timeline();
        }
    }
}
