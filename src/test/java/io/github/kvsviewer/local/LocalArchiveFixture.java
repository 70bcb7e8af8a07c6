package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesisvideo.KinesisVideoClient;
import software.amazon.awssdk.services.kinesisvideo.model.APIName;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.KinesisVideoArchivedMediaClient;

/**
 * A local archive on 127.0.0.1 (random port) over a temp-folder store, and the
 * clients that talk to it the way the viewer does: the SDK v2 control-plane client,
 * and archived-media clients on the endpoint GetDataEndpoint names.
 */
final class LocalArchiveFixture implements AutoCloseable {

    static final String REGION = "ap-northeast-1";
    static final String ACCESS_KEY = "AKIDLOCALTEST";
    static final String SECRET_KEY = "local-test-secret";
    /** 2024-11-25 11:00:00.500 JST: fragments deliberately start at non-whole seconds. */
    static final Instant T0 = Instant.parse("2024-11-25T02:00:00.500Z");
    /** How far the fake server clock runs ahead of the producer clock. */
    static final Duration SERVER_DELAY = Duration.ofMillis(250);

    final FragmentStore store;
    final LocalArchiveServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AutoCloseable> clients = new ArrayList<>();
    private final Map<URI, KinesisVideoArchivedMediaClient> mediaClients = new ConcurrentHashMap<>();
    private KinesisVideoClient controlPlane;

    private LocalArchiveFixture(FragmentStore store, LocalArchiveServer server) {
        this.store = store;
        this.server = server;
    }

    static LocalArchiveFixture start(Path dir) throws IOException {
        return start(dir, Clock.systemUTC());
    }

    /** A server whose idea of "now" is {@code clock}, for replaying requests signed at a fixed time. */
    static LocalArchiveFixture start(Path dir, Clock clock) throws IOException {
        FragmentStore store = FragmentStore.open(dir);
        return new LocalArchiveFixture(store,
                LocalArchiveServer.start(store, ServerSettings.loopback(REGION, ACCESS_KEY, SECRET_KEY), clock));
    }

    synchronized KinesisVideoClient controlPlane() {
        if (controlPlane == null) {
            controlPlane = controlPlane(ACCESS_KEY, SECRET_KEY);
        }
        return controlPlane;
    }

    KinesisVideoClient controlPlane(String accessKey, String secretKey) {
        KinesisVideoClient client = KinesisVideoClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .build();
        clients.add(client);
        return client;
    }

    /** As the real flow: ask GetDataEndpoint where the stream's API lives, then call there. */
    KinesisVideoArchivedMediaClient archivedMedia(String stream, APIName api) {
        URI endpoint = URI.create(controlPlane().getDataEndpoint(b -> b.streamName(stream).apiName(api)).dataEndpoint());
        return mediaClients.computeIfAbsent(endpoint, uri -> {
            KinesisVideoArchivedMediaClient client = KinesisVideoArchivedMediaClient.builder()
                    .endpointOverride(uri)
                    .region(Region.of(REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                    .build();
            clients.add(client);
            return client;
        });
    }

    StreamInfo createStream(String name) throws IOException {
        return createStream(name, 24);
    }

    StreamInfo createStream(String name, int retentionHours) throws IOException {
        return store.createStream(name, REGION, "test-camera", retentionHours, T0.minus(Duration.ofDays(1)));
    }

    /**
     * Fragments with placeholder bytes (fine wherever the media is not decoded):
     * {@code count} of them, starting {@code spacing} apart from {@code first}, each
     * with frames every 100 ms up to 100 ms before the next start.
     */
    List<Fragment> appendFakeFragments(String stream, Instant first, Duration spacing, int count) throws IOException {
        List<AccessUnit> units = new ArrayList<>();
        for (int offset = 0; offset < spacing.toMillis(); offset += 100) {
            units.add(new AccessUnit(offset, offset == 0, new byte[] {0, 0, 0, 1, (byte) offset}));
        }
        FragmentMedia media = new FragmentMedia(16, 16, new byte[] {1, 100, 0, 10}, units);
        List<Fragment> appended = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = first.plus(spacing.multipliedBy(i));
            appended.add(store.appendFragment(stream, start, start.plus(SERVER_DELAY), media));
        }
        return appended;
    }

    /**
     * Flips bytes in the middle of a fragment's media file (DATA/streams/NAME/fragments/N.frag),
     * keeping its size: the store then refuses to read it, as after disk damage.
     */
    void damageMediaFile(String stream, String fragmentNumber) throws IOException {
        Path file = store.root().resolve("streams").resolve(stream).resolve("fragments").resolve(fragmentNumber + ".frag");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(file, bytes);
    }

    /** A POST signed by the SDK's signer with the given key pair and clock, sent by java.net.http. */
    HttpResponse<String> postSigned(String path, String body, String accessKey, String secretKey, Clock signingClock)
            throws IOException, InterruptedException {
        URI uri = server.endpoint().resolve(path);
        SdkHttpFullRequest unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(uri)
                .putHeader("Host", uri.getHost() + ":" + uri.getPort())
                .putHeader("Content-Type", "application/json")
                .build();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest signed = (SdkHttpFullRequest) AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKey, secretKey))
                .request(unsigned)
                .payload(() -> new ByteArrayInputStream(bytes))
                .putProperty(AwsV4HttpSigner.REGION_NAME, REGION)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "kinesisvideo")
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, signingClock)).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        // java.net.http sets Host itself, to the same 127.0.0.1:PORT that was signed.
        signed.forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return send(request.build());
    }

    HttpResponse<String> postSigned(String path, String body) throws IOException, InterruptedException {
        return postSigned(path, body, ACCESS_KEY, SECRET_KEY, Clock.systemUTC());
    }

    /** A POST with exactly the given headers and no signing. */
    HttpResponse<String> post(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The time-code strip of every frame of an MP4, decoded from memory in presentation order. */
    static List<Instant> decodeStripTimes(byte[] mp4) throws IOException {
        List<Instant> times = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4))) {
            grabber.start();
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                times.add(TimeCodeStrip.readInstant(frame));
            }
            grabber.stop();
        }
        return times;
    }

    /** Runs a call that must fail with the SDK's typed exception {@code type} and HTTP status {@code status}. */
    static <T extends AwsServiceException> T expectError(Class<T> type, int status, ThrowingCallable call) {
        T error = catchThrowableOfType(type, call);
        assertThat(error).as("expected %s", type.getSimpleName()).isNotNull();
        assertThat(error.statusCode()).isEqualTo(status);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo(type.getSimpleName());
        return error;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
        server.close();
    }
}
