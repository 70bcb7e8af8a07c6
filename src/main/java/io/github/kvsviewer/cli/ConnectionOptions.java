package io.github.kvsviewer.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the footage is: the AWS CLI's connection flags, or the embedded local archive. */
final class ConnectionOptions {

    @Option(names = "--local", description = "Use the embedded local archive (demo streams) instead of AWS.")
    boolean local;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the local archive (default: ~/.kvs-viewer/archive). Implies --local.")
    Path data;

    @Option(names = "--profile", description = "AWS profile from ~/.aws/config, SSO profiles included "
            + "(default: AWS_PROFILE or the SDK's default chain).")
    String profile;

    @Option(names = "--region", description = "AWS region (default: the profile's, AWS_REGION, or ap-northeast-1).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send requests to this endpoint, like the AWS CLI's --endpoint-url (e.g. a local 'serve').")
    URI endpointUrl;

    boolean isLocal() {
        return local || data != null;
    }

    LocalArchiveOptions localArchive() {
        LocalArchiveOptions options = new LocalArchiveOptions();
        options.data = data;
        return options;
    }
}
