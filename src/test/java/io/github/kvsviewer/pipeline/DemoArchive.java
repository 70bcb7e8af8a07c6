package io.github.kvsviewer.pipeline;

import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.aws.ArchiveConnection;
import io.github.kvsviewer.aws.AwsVideoArchive;
import io.github.kvsviewer.local.DemoFootage;
import io.github.kvsviewer.local.DemoStreamSpec;
import io.github.kvsviewer.local.FragmentStore;
import io.github.kvsviewer.local.LocalArchiveServer;
import io.github.kvsviewer.local.ServerSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Demo-like streams, small enough for the suite, in a local archive on a random
 * loopback port, reached through the real SDK client as the viewer reaches it.
 *
 * <ul>
 * <li>{@code shelf}: 480x270, 10 fps, 2 s fragments from 10:00:00.250 JST for 40 s, no footage
 *     10:00:20.250–10:00:30.250 (an outage), so fragments start at .250 and last 1900 ms;</li>
 * <li>{@code busy}: 480x270, 10 fps, 200 ms fragments (two frames each) for 50 s: 250 fragments,
 *     more than one GetClip call may return.</li>
 * </ul>
 */
public final class DemoArchive implements AutoCloseable {

    public static final String REGION = "ap-northeast-1";
    public static final String ACCESS_KEY = "AKIAPIPELINETEST";
    public static final String SECRET_KEY = "pipeline-test-secret";
    static final Instant START = jst("10:00:00.250");
    public static final DemoStreamSpec SHELF = new DemoStreamSpec("shelf", 480, 270, 10, Duration.ofSeconds(2), START,
            Duration.ofSeconds(40), List.of(new TimeRange(jst("10:00:20.250"), jst("10:00:30.250"))));
    public static final DemoStreamSpec BUSY = new DemoStreamSpec("busy", 480, 270, 10, Duration.ofMillis(200), START,
            Duration.ofSeconds(50), List.of());

    public final FragmentStore store;
    public final LocalArchiveServer server;
    public final AwsVideoArchive archive;

    private DemoArchive(FragmentStore store, LocalArchiveServer server) {
        this.store = store;
        this.server = server;
        this.archive = AwsVideoArchive.connect(ArchiveConnection.local(server.endpoint(), REGION, ACCESS_KEY, SECRET_KEY));
    }

    public static DemoArchive start(Path data, DemoStreamSpec... streams) throws IOException {
        FragmentStore store = FragmentStore.open(data);
        DemoFootage.ensure(store, REGION, List.of(streams), (stream, done, total) -> { });
        return new DemoArchive(store, LocalArchiveServer.start(store, ServerSettings.loopback(REGION, ACCESS_KEY, SECRET_KEY)));
    }

    public static Instant jst(String time) {
        return OffsetDateTime.parse("2026-11-20T" + time + "+09:00").toInstant();
    }

    @Override
    public void close() {
        archive.close();
        server.close();
    }
}
