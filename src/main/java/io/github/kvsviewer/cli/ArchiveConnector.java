package io.github.kvsviewer.cli;

import io.github.kvsviewer.aws.ArchiveConnection;
import io.github.kvsviewer.aws.AwsVideoArchive;
import io.github.kvsviewer.local.DemoFootage;
import io.github.kvsviewer.local.GeneratedKeys;
import io.github.kvsviewer.local.LocalArchive;
import io.github.kvsviewer.local.ServerSettings;
import io.github.kvsviewer.ui.OpenArchive;
import java.net.InetAddress;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * Opens the archive the options name. The local archive is started in this
 * process on a free loopback port and reached through the AWS SDK like any
 * endpoint, so both paths run the same client code.
 */
final class ArchiveConnector {

    static final String LOCAL_REGION = "ap-northeast-1";

    private ArchiveConnector() {
    }

    static OpenArchive open(ConnectionOptions options, DemoFootage.Progress progress) throws Exception {
        if (options.isLocal()) {
            return openLocal(options.localArchive(), progress);
        }
        Optional<String> profile = Optional.ofNullable(options.profile).or(() -> Optional.ofNullable(System.getenv("AWS_PROFILE")));
        String region = Optional.ofNullable(options.region)
                .or(() -> Optional.ofNullable(System.getenv("AWS_REGION")))
                .or(() -> Optional.ofNullable(System.getenv("AWS_DEFAULT_REGION")))
                .or(() -> profileRegion(profile.orElse("default")))
                .orElse(LOCAL_REGION);
        ArchiveConnection connection = new ArchiveConnection(profile, region,
                Optional.ofNullable(options.endpointUrl), Optional.empty());
        String where = options.endpointUrl != null ? options.endpointUrl.toString() : "Kinesis Video Streams in " + region;
        return new OpenArchive(AwsVideoArchive.connect(connection), where + profile.map(p -> " (profile " + p + ")").orElse(""),
                () -> { });
    }

    static OpenArchive openLocal(LocalArchiveOptions options, DemoFootage.Progress progress) throws Exception {
        GeneratedKeys keys = GeneratedKeys.random();
        ServerSettings settings = new ServerSettings(InetAddress.getLoopbackAddress(), 0, LOCAL_REGION,
                keys.accessKey(), keys.secretKey());
        LocalArchive archive = LocalArchive.start(options.dataDir(), settings, progress);
        AwsVideoArchive client = AwsVideoArchive.connect(
                ArchiveConnection.local(archive.endpoint(), LOCAL_REGION, keys.accessKey(), keys.secretKey()));
        return new OpenArchive(client, "the local archive at " + archive.endpoint(), archive);
    }

    private static Optional<String> profileRegion(String profile) {
        try {
            return ProfileFile.defaultProfileFile().profile(profile).flatMap(p -> p.property(ProfileProperty.REGION));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
