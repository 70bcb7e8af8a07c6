package io.github.kvsviewer.aws;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.TransferListener;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Retries calls that KVS throttled. The SDK does not retry
 * ClientLimitExceededException, so without this a busy account fails at once.
 * Backoff is exponential (base, 2 base, 4 base, ... up to a ceiling) with jitter
 * (each wait between half and all of its step), over a bounded number of
 * attempts; every wait is told to the listener, so the user sees why nothing
 * moves, and a cancel is honoured while waiting.
 */
final class ThrottleRetry {

    private static final String CANCELLED = "Cancelled while Kinesis Video Streams was busy.";

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;

    ThrottleRetry(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        if (maxAttempts < 1 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need at least one attempt and 0 <= baseDelay <= maxDelay");
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
    }

    static ThrottleRetry standard() {
        return new ThrottleRetry(6, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    <T> T call(Supplier<T> call, TransferListener listener) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (AwsServiceException e) {
                if (!isThrottle(e) || attempt >= maxAttempts) {
                    throw e;
                }
                long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
                long wait = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
                listener.waiting(String.format("Kinesis Video Streams is busy; trying again in %.1f s (attempt %d of %d)",
                        wait / 1000.0, attempt + 1, maxAttempts));
                sleep(wait, listener);
            }
        }
    }

    static boolean isThrottle(AwsServiceException e) {
        return e.awsErrorDetails() != null && "ClientLimitExceededException".equals(e.awsErrorDetails().errorCode());
    }

    private static void sleep(long millis, TransferListener listener) {
        long end = System.nanoTime() + millis * 1_000_000;
        try {
            // Short slices, so a cancel is honoured during the wait; checked at least once, however short.
            do {
                if (listener.isCancelled()) {
                    throw new ArchiveException(ArchiveException.Kind.CANCELLED, CANCELLED);
                }
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left > 0) {
                    Thread.sleep(Math.min(50, left));
                }
            } while (System.nanoTime() < end);
            if (listener.isCancelled()) {
                throw new ArchiveException(ArchiveException.Kind.CANCELLED, CANCELLED);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveException(ArchiveException.Kind.CANCELLED, CANCELLED, e);
        }
    }
}
