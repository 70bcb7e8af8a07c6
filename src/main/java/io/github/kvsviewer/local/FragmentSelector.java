package io.github.kvsviewer.local;

import io.github.kvsviewer.archive.TimestampKind;
import java.time.Instant;
import java.util.Set;

/**
 * A FragmentSelector / ClipFragmentSelector as sent: which clock, and a start and
 * end kept exactly as received (both inclusive). Whether end may equal start, or
 * how long the range may be, is each operation's own rule.
 */
record FragmentSelector(TimestampKind kind, Instant start, Instant end) {

    private static final Set<String> KINDS = Set.of("PRODUCER_TIMESTAMP", "SERVER_TIMESTAMP");

    static FragmentSelector read(RequestMembers selector) {
        TimestampKind kind = TimestampKind.fromWireName(selector.requiredEnum("FragmentSelectorType", KINDS));
        RequestMembers range = selector.requiredStructure("TimestampRange");
        Instant start = range.requiredTimestamp("StartTimestamp");
        Instant end = range.requiredTimestamp("EndTimestamp");
        return new FragmentSelector(kind, start, end);
    }
}
