package io.github.kvsviewer.ui;

import io.github.kvsviewer.aws.ArchiveConnection;
import io.github.kvsviewer.aws.AwsVideoArchive;
import io.github.kvsviewer.local.DemoFootage;
import io.github.kvsviewer.local.GeneratedKeys;
import io.github.kvsviewer.local.LocalArchive;
import io.github.kvsviewer.local.ServerSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * Opens the archive a {@link ConnectionChoice} names. The local archive is
 * started in this process on a free loopback port and reached through the AWS
 * SDK like any endpoint, so both paths run the same client code.
 */
public final class ArchiveConnector {

    public static final String LOCAL_REGION = "ap-northeast-1";

    private ArchiveConnector() {
    }

    public static OpenArchive open(ConnectionChoice choice, DemoFootage.Progress progress) throws IOException {
        if (choice.local()) {
            return openLocal(choice, progress);
        }
        Optional<String> profile = choice.profile().or(() -> env("AWS_PROFILE"));
        String region = choice.region()
                .or(() -> env("AWS_REGION"))
                .or(() -> env("AWS_DEFAULT_REGION"))
                .or(() -> profileRegion(profile.orElse("default")))
                .orElse(LOCAL_REGION);
        ArchiveConnection connection = new ArchiveConnection(profile, region, choice.endpoint(), Optional.empty());
        String where = choice.endpoint().map(Object::toString).orElse("Kinesis Video Streams in " + region);
        return new OpenArchive(AwsVideoArchive.connect(connection),
                where + profile.map(p -> " (profile " + p + ")").orElse(""), () -> { });
    }

    private static OpenArchive openLocal(ConnectionChoice choice, DemoFootage.Progress progress) throws IOException {
        GeneratedKeys keys = GeneratedKeys.random();
        ServerSettings settings = new ServerSettings(InetAddress.getLoopbackAddress(), 0, LOCAL_REGION,
                keys.accessKey(), keys.secretKey());
        LocalArchive archive = LocalArchive.start(choice.dataDir(), settings, progress);
        AwsVideoArchive client = AwsVideoArchive.connect(
                ArchiveConnection.local(archive.endpoint(), LOCAL_REGION, keys.accessKey(), keys.secretKey()));
        return new OpenArchive(client, archive.endpoint().toString(), archive);
    }

    /** Profile names from ~/.aws/config and ~/.aws/credentials (SSO profiles included). */
    public static List<String> profiles() {
        try {
            return ProfileFile.defaultProfileFile().profiles().keySet().stream().sorted().toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    public static Optional<String> profileRegion(String profile) {
        try {
            return ProfileFile.defaultProfileFile().profile(profile).flatMap(p -> p.property(ProfileProperty.REGION));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
