package io.github.kvsviewer.aws;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom to connect, in the AWS CLI's terms: a named profile (SSO ones
 * included), or when empty the SDK's default chain (which honours AWS_PROFILE); a
 * region; and an optional endpoint override. Static keys are only for the local
 * archive, whose keys are made up at start.
 */
public record ArchiveConnection(
        Optional<String> profile,
        String region,
        Optional<URI> endpointOverride,
        Optional<StaticKeys> staticKeys) {

    public record StaticKeys(String accessKey, String secretKey) {

        public StaticKeys {
            Objects.requireNonNull(accessKey, "accessKey");
            Objects.requireNonNull(secretKey, "secretKey");
        }

        /** Never prints the secret: connections end up in logs. */
        @Override
        public String toString() {
            return "StaticKeys[accessKey=" + accessKey + ", secretKey=****]";
        }
    }

    public ArchiveConnection {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpointOverride, "endpointOverride");
        Objects.requireNonNull(staticKeys, "staticKeys");
        if (region.isBlank()) {
            throw new IllegalArgumentException("a region is required");
        }
        if (profile.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a profile name must not be blank; leave it empty for the default chain");
        }
    }

    public static ArchiveConnection local(URI endpoint, String region, String accessKey, String secretKey) {
        return new ArchiveConnection(Optional.empty(), region, Optional.of(endpoint),
                Optional.of(new StaticKeys(accessKey, secretKey)));
    }

    /** Real KVS as a named profile of ~/.aws/config (or the default chain when {@code profile} is empty). */
    public static ArchiveConnection aws(Optional<String> profile, String region) {
        return new ArchiveConnection(profile, region, Optional.empty(), Optional.empty());
    }
}
