package io.github.kvsviewer.archive;

/** Which clock a fragment selector uses: FragmentSelectorType in the KVS API. */
public enum TimestampKind {
    PRODUCER("PRODUCER_TIMESTAMP"),
    SERVER("SERVER_TIMESTAMP");

    private final String wireName;

    TimestampKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static TimestampKind fromWireName(String name) {
        for (TimestampKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown fragment selector type: " + name);
    }
}
