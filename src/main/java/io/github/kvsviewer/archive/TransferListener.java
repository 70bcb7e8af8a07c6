package io.github.kvsviewer.archive;

/** Hears how a download goes: bytes so far (and the expected total, or -1), and waits such as throttling. */
public interface TransferListener {

    TransferListener NONE = new TransferListener() {
    };

    default void bytesReceived(long received, long expectedTotal) {
    }

    /** The archive is making us wait (throttled) and will try again. */
    default void waiting(String reason) {
    }

    /** Polled while transferring; answering true aborts with {@link ArchiveException.Kind#CANCELLED}. */
    default boolean isCancelled() {
        return false;
    }
}
