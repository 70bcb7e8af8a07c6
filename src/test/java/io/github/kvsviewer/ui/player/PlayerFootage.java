package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipCheck;
import io.github.kvsviewer.clip.ClipPart;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.ClipPlanner;
import io.github.kvsviewer.decode.ClipDecoder;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.decode.DecoderSettings;
import io.github.kvsviewer.local.ClipMuxer;
import io.github.kvsviewer.local.ClipSegment;
import io.github.kvsviewer.local.DemoFootage;
import io.github.kvsviewer.local.DemoStreamSpec;
import io.github.kvsviewer.local.FragmentStore;
import io.github.kvsviewer.ui.LoadedClip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small demo stream in a temp local archive, and clips of it loaded as the
 * viewer loads them (plan, the local archive's GetClip MP4 of each part, decode):
 * 480x270 at 10 fps, 1 s fragments, 6 s from 10:00:00.250 JST with a 1 s outage
 * from 10:00:03.250. So 5 fragments of 10 frames, and frames at .250, .350, ...
 * with a 1.1 s jump from 10:00:03.150 to 10:00:04.250. Every frame carries its
 * producer time in its time-code strip.
 */
final class PlayerFootage {

    static final Instant START = jst("10:00:00.250");
    static final DemoStreamSpec SPEC = new DemoStreamSpec("player-shelf", 480, 270, 10, Duration.ofSeconds(1),
            START, Duration.ofSeconds(6), List.of(new TimeRange(jst("10:00:03.250"), jst("10:00:04.250"))));
    /** Four of the five fragments: 40 frames, returned 10:00:01.250 – 10:00:06.250. */
    static final TimeRange FOUR_FRAGMENTS = new TimeRange(jst("10:00:01.000"), jst("10:00:05.500"));
    /** Every fragment: 50 frames. */
    static final TimeRange WHOLE = new TimeRange(jst("10:00:00.000"), jst("10:00:06.000"));

    private static PlayerFootage shared;

    private final FragmentStore store;

    private PlayerFootage(FragmentStore store) {
        this.store = store;
    }

    /** Encoded once per test JVM (a few seconds) into a temp folder removed when the JVM exits. */
    static synchronized PlayerFootage shared() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("player-footage");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            FragmentStore store = FragmentStore.open(dir);
            DemoFootage.ensure(store, "ap-northeast-1", List.of(SPEC), (stream, done, total) -> { });
            shared = new PlayerFootage(store);
        }
        return shared;
    }

    static Instant jst(String time) {
        return OffsetDateTime.parse("2026-11-20T" + time + "+09:00").toInstant();
    }

    /** The clip the viewer would load for {@code requested}, with the differences the loader would find. */
    LoadedClip load(TimeRange requested) {
        return load(requested, DecoderSettings.defaults());
    }

    /** As {@link #load(TimeRange)}, decoded with these settings. */
    LoadedClip load(TimeRange requested, DecoderSettings settings) {
        ClipPlan plan = new ClipPlanner().plan(requested, store.fragments(SPEC.name()));
        List<ClipBytes> parts = new ArrayList<>();
        for (ClipPart part : plan.parts()) {
            parts.add(new ClipBytes(mp4(part.fragments()), part.range(), part.fragments()));
        }
        DecodedClip decoded = ClipDecoder.open(parts, settings);
        return new LoadedClip(SPEC.name(), plan, decoded, ClipCheck.differences(plan, decoded.timeline()));
    }

    /** The fragmented MP4 the local archive's GetClip returns for these fragments. */
    private byte[] mp4(List<Fragment> fragments) {
        try {
            List<ClipSegment> segments = new ArrayList<>();
            for (Fragment fragment : fragments) {
                segments.add(new ClipSegment(fragment.producerTime(), store.readMedia(SPEC.name(), fragment.number())));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ClipMuxer.write(segments.iterator(), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
