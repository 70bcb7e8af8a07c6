package io.github.kvsviewer.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One archived fragment. The number is kept as a string: real fragment numbers
 * have about 47 digits and do not fit in a long. The length runs from the first
 * to the last frame's timestamp, as KVS reports it, so it is one frame shorter
 * than the spacing of fragment starts.
 */
public record Fragment(
        String number,
        Instant producerTime,
        Instant serverTime,
        Duration length,
        long sizeBytes) {

    public static final Comparator<Fragment> BY_PRODUCER_TIME =
            Comparator.comparing(Fragment::producerTime).thenComparing(Fragment::number);

    public Fragment {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(producerTime, "producerTime");
        Objects.requireNonNull(serverTime, "serverTime");
        Objects.requireNonNull(length, "length");
    }

    public Instant start(TimestampKind kind) {
        return kind == TimestampKind.PRODUCER ? producerTime : serverTime;
    }
}
