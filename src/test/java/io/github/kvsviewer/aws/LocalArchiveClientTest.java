package io.github.kvsviewer.aws;

import io.github.kvsviewer.local.LocalArchiveFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The lifecycle the client tests share: each class starts its own local archive
 * in a {@code @BeforeAll}; every test gets a fresh client with a fast throttle
 * retry, and leaves the server's fault plan empty.
 */
abstract class LocalArchiveClientTest {

    static LocalArchiveFixture archive;
    AwsVideoArchive kvs;

    @BeforeEach
    void connect() {
        kvs = LocalConnection.connectFastRetry(archive);
    }

    @AfterEach
    void disconnect() {
        kvs.close();
        archive.faults.reset();
    }

    @AfterAll
    static void stop() throws Exception {
        archive.close();
    }
}
