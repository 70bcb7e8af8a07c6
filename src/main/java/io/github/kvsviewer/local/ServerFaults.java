package io.github.kvsviewer.local;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Faults the local archive injects on request, so that clients can be tested
 * against the failures real KVS produces: throttling (ClientLimitExceededException,
 * which the SDKs do not retry), a GetClip connection that drops part-way, and
 * pages shorter than the MaxResults asked for (which a service may answer). It
 * also counts the requests each operation received.
 *
 * <p>For tests only. A server is given a plan at start; {@link
 * LocalArchiveServer#start(FragmentStore, ServerSettings)} makes a fresh one that
 * nobody else holds, so in normal use nothing here is ever switched on. A plan
 * starts empty: no faults, full pages.
 */
public final class ServerFaults {

    /** The operations the local archive serves, named as in the API. */
    public static final Set<String> OPERATIONS =
            Set.of("ListStreams", "DescribeStream", "GetDataEndpoint", "ListFragments", "GetClip");

    private static final class Throttle {
        int passFirst;
        int remaining;
        boolean forever;
    }

    private final Map<String, Throttle> throttles = new HashMap<>();
    private final Map<String, Integer> requests = new HashMap<>();
    private long dropNextClipAfter = -1;
    private int maxPageSize = Integer.MAX_VALUE;

    /** The next {@code times} requests of {@code operation} are answered ClientLimitExceededException (400). */
    public ServerFaults throttle(String operation, int times) {
        return throttle(operation, 0, times);
    }

    /** As {@link #throttle(String, int)}, after letting the next {@code passFirst} requests through. */
    public synchronized ServerFaults throttle(String operation, int passFirst, int times) {
        if (passFirst < 0 || times < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Throttle throttle = throttles.computeIfAbsent(known(operation), o -> new Throttle());
        throttle.passFirst = passFirst;
        throttle.remaining = times;
        throttle.forever = false;
        return this;
    }

    /** Every request of {@code operation} from now on is throttled, until {@link #reset()}. */
    public synchronized ServerFaults throttleAlways(String operation) {
        Throttle throttle = throttles.computeIfAbsent(known(operation), o -> new Throttle());
        throttle.passFirst = 0;
        throttle.forever = true;
        return this;
    }

    /**
     * The next GetClip that gets as far as sending media sends {@code bytes} bytes of
     * its body and then drops the connection, without the final chunk.
     */
    public synchronized ServerFaults dropNextClipAfter(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative");
        }
        dropNextClipAfter = bytes;
        return this;
    }

    /** ListStreams and ListFragments pages hold at most {@code entries}, whatever MaxResults says. */
    public synchronized ServerFaults limitPageSize(int entries) {
        if (entries < 1) {
            throw new IllegalArgumentException("a page holds at least one entry");
        }
        maxPageSize = entries;
        return this;
    }

    /** How many signed requests of {@code operation} arrived, throttled ones included. */
    public synchronized int requests(String operation) {
        return requests.getOrDefault(known(operation), 0);
    }

    /** Back to no faults, full pages and no requests counted. */
    public synchronized void reset() {
        throttles.clear();
        requests.clear();
        dropNextClipAfter = -1;
        maxPageSize = Integer.MAX_VALUE;
    }

    /** Counts a request that passed the signature check; true when it is to be throttled. */
    synchronized boolean arrived(String operation) {
        requests.merge(operation, 1, Integer::sum);
        Throttle throttle = throttles.get(operation);
        if (throttle == null) {
            return false;
        }
        if (throttle.passFirst > 0) {
            throttle.passFirst--;
            return false;
        }
        if (throttle.forever) {
            return true;
        }
        if (throttle.remaining > 0) {
            throttle.remaining--;
            return true;
        }
        return false;
    }

    /** After how many body bytes this media reply is to be cut off, if it is; one reply only. */
    synchronized OptionalLong takeMediaDrop() {
        if (dropNextClipAfter < 0) {
            return OptionalLong.empty();
        }
        long bytes = dropNextClipAfter;
        dropNextClipAfter = -1;
        return OptionalLong.of(bytes);
    }

    /** The entries a page may hold when the caller asked for {@code requested}. */
    synchronized int pageSize(int requested) {
        return Math.min(requested, maxPageSize);
    }

    private static String known(String operation) {
        if (!OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("the local archive has no operation " + operation + "; it serves "
                    + OPERATIONS);
        }
        return operation;
    }

    @Override
    public synchronized String toString() {
        return "ServerFaults[throttled=" + throttles.keySet() + ", dropNextClipAfter=" + dropNextClipAfter
                + ", maxPageSize=" + maxPageSize + "]";
    }
}
