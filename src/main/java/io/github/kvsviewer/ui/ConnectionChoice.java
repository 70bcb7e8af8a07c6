package io.github.kvsviewer.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which archive to open: the embedded local archive under a data folder, or AWS
 * with an optional profile, region and endpoint override (the AWS CLI's
 * --profile, --region and --endpoint-url).
 */
public record ConnectionChoice(
        boolean local,
        Path dataDir,
        Optional<String> profile,
        Optional<String> region,
        Optional<URI> endpoint) {

    public static ConnectionChoice local(Path dataDir) {
        return new ConnectionChoice(true, dataDir, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ConnectionChoice aws(Optional<String> profile, Optional<String> region, Optional<URI> endpoint) {
        return new ConnectionChoice(false, Path.of(""), profile, region, endpoint);
    }
}
