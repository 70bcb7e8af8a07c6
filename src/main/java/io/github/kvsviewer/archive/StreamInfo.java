package io.github.kvsviewer.archive;

import java.time.Instant;
import java.util.Objects;

/** A stream as ListStreams/DescribeStream describe it. */
public record StreamInfo(
        String name,
        String arn,
        String mediaType,
        String deviceName,
        int retentionHours,
        Instant creationTime,
        String version) {

    public StreamInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(version, "version");
    }
}
