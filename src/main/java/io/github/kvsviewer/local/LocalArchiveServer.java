package io.github.kvsviewer.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local archive as an HTTP endpoint that speaks the KVS rest-json protocol, so
 * the AWS SDKs, boto3 and the AWS CLI use it unchanged through an endpoint override.
 * It serves the control plane (ListStreams, DescribeStream, GetDataEndpoint) and,
 * on the same address, the archived-media plane (ListFragments, GetClip); every
 * request must carry a valid SigV4 signature made with the configured key pair.
 */
public final class LocalArchiveServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalArchiveServer.class);
    /** Enough for a viewer plus a few CLI calls; a GetClip holds its worker while it streams. */
    private static final int WORKERS = 8;

    private final HttpServer http;
    private final ExecutorService workers;
    private final ServerSettings settings;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalArchiveServer(HttpServer http, ExecutorService workers, ServerSettings settings, URI endpoint) {
        this.http = http;
        this.workers = workers;
        this.settings = settings;
        this.endpoint = endpoint;
    }

    public static LocalArchiveServer start(FragmentStore store, ServerSettings settings) throws IOException {
        return start(store, settings, Clock.systemUTC());
    }

    /** {@code clock} is what request dates are checked against; tests replay requests signed long ago. */
    static LocalArchiveServer start(FragmentStore store, ServerSettings settings, Clock clock) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 0);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, namedDaemonThreads());
        URI endpoint = endpointFor(http.getAddress());
        boolean wildcard = settings.bindAddress().isAnyLocalAddress();

        StreamOperations streams = new StreamOperations(store, request -> dataEndpoint(request, endpoint, wildcard));
        Map<String, Operation> operations = Map.of(
                "/listStreams", streams::listStreams,
                "/describeStream", streams::describeStream,
                "/getDataEndpoint", streams::getDataEndpoint,
                "/listFragments", new ListFragmentsOperation(store),
                "/getClip", new GetClipOperation(store));
        SigV4Verifier verifier = new SigV4Verifier(settings.accessKey(), settings.secretKey(), clock);
        http.createContext("/", new ApiHandler(verifier, operations));
        http.setExecutor(workers);
        http.start();
        log.info("Local archive listening on {} ({})", endpoint, settings);
        return new LocalArchiveServer(http, workers, settings, endpoint);
    }

    /** Where clients reach it: http://127.0.0.1:PORT when bound to loopback or to every address. */
    public URI endpoint() {
        return endpoint;
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Stops accepting, drops open exchanges (a GetClip in progress is cut off) and ends the workers; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.stop(0);
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Local archive workers still running after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Local archive on {} stopped", endpoint);
    }

    private static URI endpointFor(InetSocketAddress bound) {
        InetAddress address = bound.getAddress();
        String host;
        if (address.isAnyLocalAddress()) {
            host = "127.0.0.1";
        } else if (address instanceof Inet6Address) {
            host = "[" + address.getHostAddress().replaceFirst("%.*$", "") + "]";
        } else {
            host = address.getHostAddress();
        }
        return URI.create("http://" + host + ":" + bound.getPort());
    }

    /**
     * Bound to one address, the data endpoint is that address. Bound to all, a
     * caller from another machine must get back the name it reached us by; the Host
     * header is signed, so it is the caller's own word.
     */
    private static URI dataEndpoint(ReceivedRequest request, URI endpoint, boolean wildcard) {
        if (wildcard) {
            try {
                URI reached = URI.create("http://" + request.singleHeader("host").orElse(""));
                if (reached.getHost() != null && reached.getPath().isEmpty()) {
                    return reached;
                }
            } catch (IllegalArgumentException e) {
                // fall back to our own address
            }
        }
        return endpoint;
    }

    private static ThreadFactory namedDaemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "local-archive-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
