package io.github.kvsviewer.aws;

import io.github.kvsviewer.archive.TransferListener;
import io.github.kvsviewer.local.LocalArchiveFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** How the aws tests reach a {@link LocalArchiveFixture}: as the viewer does, over real HTTP with its keys. */
final class LocalConnection {

    /** Backoff of a millisecond or two: throttling tests count attempts, they do not wait. */
    static final int FAST_ATTEMPTS = 4;
    static final ThrottleRetry FAST_RETRY = new ThrottleRetry(FAST_ATTEMPTS, Duration.ofMillis(1), Duration.ofMillis(2));

    private LocalConnection() {
    }

    static ArchiveConnection to(LocalArchiveFixture archive) {
        return ArchiveConnection.local(archive.endpoint(), LocalArchiveFixture.REGION, LocalArchiveFixture.ACCESS_KEY,
                LocalArchiveFixture.SECRET_KEY);
    }

    /** The public way in, with the standard throttle policy. */
    static AwsVideoArchive connect(LocalArchiveFixture archive) {
        return AwsVideoArchive.connect(to(archive));
    }

    /** With {@link #FAST_RETRY}, for tests that make the archive throttle. */
    static AwsVideoArchive connectFastRetry(LocalArchiveFixture archive) {
        return AwsVideoArchive.connect(to(archive), FAST_RETRY);
    }

    /**
     * Writes down everything a transfer tells; cancels after {@code cancelAfterCallbacks}
     * byte reports or {@code cancelAfterWaits} waits (-1: never).
     */
    static final class Recorder implements TransferListener {
        record Progress(long received, long expectedTotal) {
        }

        final List<Progress> progress = new CopyOnWriteArrayList<>();
        final List<String> waits = new CopyOnWriteArrayList<>();
        private final int cancelAfterCallbacks;
        private final int cancelAfterWaits;

        Recorder() {
            this(-1, -1);
        }

        Recorder(int cancelAfterCallbacks, int cancelAfterWaits) {
            this.cancelAfterCallbacks = cancelAfterCallbacks;
            this.cancelAfterWaits = cancelAfterWaits;
        }

        @Override
        public void bytesReceived(long received, long expectedTotal) {
            progress.add(new Progress(received, expectedTotal));
        }

        @Override
        public void waiting(String reason) {
            waits.add(reason);
        }

        @Override
        public boolean isCancelled() {
            return (cancelAfterCallbacks >= 0 && progress.size() >= cancelAfterCallbacks)
                    || (cancelAfterWaits >= 0 && waits.size() >= cancelAfterWaits);
        }
    }
}
