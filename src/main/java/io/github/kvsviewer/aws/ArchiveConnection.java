package io.github.kvsviewer.aws;

import java.net.URI;
import java.util.Optional;

/**
 * Where and as whom to connect, in the AWS CLI's terms: a named profile (or the
 * default chain when empty), a region, and an optional endpoint override. Static
 * keys are only for the local archive, whose keys are made up at start.
 */
public record ArchiveConnection(
        Optional<String> profile,
        String region,
        Optional<URI> endpointOverride,
        Optional<StaticKeys> staticKeys) {

    public record StaticKeys(String accessKey, String secretKey) {
    }

    public static ArchiveConnection local(URI endpoint, String region, String accessKey, String secretKey) {
        return new ArchiveConnection(Optional.empty(), region, Optional.of(endpoint),
                Optional.of(new StaticKeys(accessKey, secretKey)));
    }
}
