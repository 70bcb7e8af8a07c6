package io.github.kvsviewer.aws;

import io.github.kvsviewer.archive.ArchiveException;
import java.net.URI;
import java.util.Optional;

/**
 * Run in a child JVM by {@link AwsCredentialsTest}, whose environment (HOME,
 * AWS_CONFIG_FILE, AWS_PROFILE, ...) it needs to set: the SDK reads the SSO token
 * cache under $HOME, which a running JVM cannot change. For each argument
 * ({@code profile:NAME}, or {@code default} for the SDK's default chain) it lists
 * the streams of the archive at the endpoint given first, and prints one line:
 * {@code ARG \t OK \t COUNT} or {@code ARG \t KIND \t MESSAGE}.
 */
public final class CredentialProbe {

    private CredentialProbe() {
    }

    public static void main(String[] args) {
        URI endpoint = URI.create(args[0]);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            Optional<String> profile = arg.startsWith("profile:") ? Optional.of(arg.substring(8)) : Optional.empty();
            ArchiveConnection connection = new ArchiveConnection(profile, "ap-northeast-1", Optional.of(endpoint),
                    Optional.empty());
            try (AwsVideoArchive archive = AwsVideoArchive.connect(connection)) {
                System.out.println(arg + "\tOK\t" + archive.listStreams("").size());
            } catch (ArchiveException e) {
                System.out.println(arg + "\t" + e.kind() + "\t" + e.getMessage());
            }
        }
    }
}
