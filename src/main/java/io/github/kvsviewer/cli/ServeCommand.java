package io.github.kvsviewer.cli;

import io.github.kvsviewer.local.GeneratedKeys;
import io.github.kvsviewer.local.LocalArchive;
import io.github.kvsviewer.local.ServerSettings;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the local archive as a standalone KVS-compatible endpoint. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the local archive as a Kinesis Video Streams compatible endpoint for the AWS CLI, "
                + "boto3 or the SDKs.",
                "Prints one line 'endpoint=URL region=R access-key=K secret-key=S', then serves until Ctrl+C."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    LocalArchiveOptions local = new LocalArchiveOptions();

    @Option(names = "--port", defaultValue = "0", description = "TCP port (default: any free port).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; anything else exposes the archive).")
    String bind;

    @Option(names = "--region", defaultValue = "ap-northeast-1", description = "Region clients sign for (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--access-key", description = "Access key clients must sign with (default: generated).")
    String accessKey;

    @Option(names = "--secret-key", description = "Secret key clients must sign with (default: generated).")
    String secretKey;

    @Override
    public Integer call() throws Exception {
        GeneratedKeys generated = GeneratedKeys.random();
        ServerSettings settings = new ServerSettings(InetAddress.getByName(bind), port, region,
                accessKey != null ? accessKey : generated.accessKey(),
                secretKey != null ? secretKey : generated.secretKey());
        LocalArchive archive = LocalArchive.start(local.dataDir(), settings, new ProgressPrinter(System.err));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            archive.close();
            System.err.println("Local archive stopped.");
            stopped.countDown();
        }, "serve-shutdown"));
        System.out.printf("endpoint=%s region=%s access-key=%s secret-key=%s%n", archive.endpoint(),
                settings.region(), settings.accessKey(), settings.secretKey());
        System.out.flush();
        System.err.println("Serving " + archive.store().streams().size() + " streams from " + archive.store().root()
                + ". Press Ctrl+C to stop.");
        stopped.await();
        return 0;
    }
}
