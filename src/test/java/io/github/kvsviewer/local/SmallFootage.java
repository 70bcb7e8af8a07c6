package io.github.kvsviewer.local;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;

/**
 * Test footage small enough for the suite: 480x270 at 10 fps, 1 s fragments,
 * 6 s from 10:00:00.250 JST with a 1 s outage from 10:00:03.250, so it has 5
 * fragments of 10 frames and a 1.1 s jump between the third and the fourth.
 */
final class SmallFootage {

    static final Instant START = jst("2026-11-20T10:00:00.250+09:00");
    static final TimeRange GAP = new TimeRange(jst("2026-11-20T10:00:03.250+09:00"), jst("2026-11-20T10:00:04.250+09:00"));
    static final DemoStreamSpec SPEC = new DemoStreamSpec("test-shelf", 480, 270, 10, Duration.ofSeconds(1), START,
            Duration.ofSeconds(6), List.of(GAP));
    static final int FRAGMENTS = 5;
    static final int FRAMES = 50;

    private SmallFootage() {
    }

    static Instant jst(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    static DemoStreamSpec spec(String name) {
        return new DemoStreamSpec(name, SPEC.width(), SPEC.height(), SPEC.framesPerSecond(), SPEC.fragmentLength(),
                SPEC.start(), SPEC.duration(), SPEC.gaps());
    }

    /** Reads each fragment's media only when the muxer asks for it, as the server does. */
    static Iterator<ClipSegment> segments(FragmentStore store, String stream, List<Fragment> fragments) {
        Iterator<Fragment> each = fragments.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public ClipSegment next() {
                Fragment fragment = each.next();
                try {
                    return new ClipSegment(fragment.producerTime(), store.readMedia(stream, fragment.number()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
