package io.github.kvsviewer.export;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.local.ClipMuxer;
import io.github.kvsviewer.local.ClipSegment;
import io.github.kvsviewer.local.DemoFootage;
import io.github.kvsviewer.local.DemoStreamSpec;
import io.github.kvsviewer.local.FragmentStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Real frames for export tests: a 5 s demo stream (480x270, 10 fps, 1 s
 * fragments, starting at a non-whole second) generated into a temp archive, the
 * whole of it muxed into one MP4 as GetClip would return it, and decoded.
 */
final class ExportFootage {

    static final String STREAM = "cafe-shelf-1";
    static final Instant START = OffsetDateTime.parse("2026-11-20T10:00:00.250+09:00").toInstant();
    static final DemoStreamSpec SPEC = new DemoStreamSpec(STREAM, 480, 270, 10, Duration.ofSeconds(1), START,
            Duration.ofSeconds(5), List.of());
    static final int FRAMES = 50;

    private ExportFootage() {
    }

    /** The decoded clip of the whole stream; the caller closes it. */
    static DecodedClip open(Path archiveDir) throws IOException {
        FragmentStore store = FragmentStore.open(archiveDir);
        DemoFootage.ensure(store, "ap-northeast-1", List.of(SPEC), (stream, done, total) -> { });
        List<Fragment> fragments = store.fragments(STREAM);
        List<ClipSegment> segments = new ArrayList<>();
        for (Fragment fragment : fragments) {
            segments.add(new ClipSegment(fragment.producerTime(), store.readMedia(STREAM, fragment.number())));
        }
        ByteArrayOutputStream mp4 = new ByteArrayOutputStream();
        ClipMuxer.write(segments.iterator(), mp4);
        TimeRange requested = TimeRange.of(START, SPEC.duration());
        return ClipDecoder.open(List.of(new ClipBytes(mp4.toByteArray(), requested, fragments)));
    }
}
