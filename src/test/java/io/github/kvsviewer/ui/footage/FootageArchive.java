package io.github.kvsviewer.ui.footage;

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
 * A small demo stream in a local archive on a random loopback port, reached through
 * the real SDK client over HTTP as the viewer reaches it.
 *
 * <p>{@code shelf}: 480x270, 10 fps, 2 s fragments from 10:00:00.250 JST for 30 s,
 * no footage 10:00:14.250–10:00:20.250. So fragments start at 00.250, 02.250, ...
 * 12.250, then 20.250 ... 28.250 (12 in all), each 1900 ms long (first to last frame).
 */
final class FootageArchive implements AutoCloseable {

    static final String REGION = "ap-northeast-1";
    static final String ACCESS_KEY = "AKIAFOOTAGEMAPTEST";
    static final String SECRET_KEY = "footage-map-test-secret";
    static final String STREAM = "shelf";
    static final DemoStreamSpec SHELF = new DemoStreamSpec(STREAM, 480, 270, 10, Duration.ofSeconds(2),
            jst("10:00:00.250"), Duration.ofSeconds(30), List.of(new TimeRange(jst("10:00:14.250"), jst("10:00:20.250"))));

    final LocalArchiveServer server;
    final AwsVideoArchive archive;

    private FootageArchive(LocalArchiveServer server) {
        this.server = server;
        this.archive = AwsVideoArchive.connect(ArchiveConnection.local(server.endpoint(), REGION, ACCESS_KEY, SECRET_KEY));
    }

    static FootageArchive start(Path data) throws IOException {
        FragmentStore store = FragmentStore.open(data);
        DemoFootage.ensure(store, REGION, List.of(SHELF), (stream, done, total) -> { });
        return new FootageArchive(LocalArchiveServer.start(store, ServerSettings.loopback(REGION, ACCESS_KEY, SECRET_KEY)));
    }

    /** 2026-11-20 at this JST clock time. */
    static Instant jst(String clock) {
        return OffsetDateTime.parse("2026-11-20T" + clock + "+09:00").toInstant();
    }

    static TimeRange jst(String start, String end) {
        return new TimeRange(jst(start), jst(end));
    }

    @Override
    public void close() {
        archive.close();
        server.close();
    }
}
