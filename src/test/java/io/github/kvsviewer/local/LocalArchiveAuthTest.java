package io.github.kvsviewer.local;

import static io.github.kvsviewer.local.LocalArchiveFixture.ACCESS_KEY;
import static io.github.kvsviewer.local.LocalArchiveFixture.SECRET_KEY;
import static io.github.kvsviewer.local.LocalArchiveFixture.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisvideo.model.NotAuthorizedException;

/** Who gets in (valid SigV4 from the SDK or botocore) and what the rest gets back. */
class LocalArchiveAuthTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    LocalArchiveFixture archive;

    @BeforeEach
    void start() throws Exception {
        archive = LocalArchiveFixture.start(dir);
        archive.createStream("shelf");
    }

    @AfterEach
    void stop() throws Exception {
        archive.close();
    }

    @Test
    void wrongSecretOrWrongKeyIsNotAuthorized() {
        expectError(NotAuthorizedException.class, 401,
                () -> archive.controlPlane(ACCESS_KEY, "not-the-secret").listStreams(b -> { }));
        expectError(NotAuthorizedException.class, 401,
                () -> archive.controlPlane("AKIDSOMEONEELSE", SECRET_KEY).listStreams(b -> { }));
    }

    @Test
    void aRequestSignedMoreThanFifteenMinutesOffIsRefused() throws Exception {
        for (Duration shift : List.of(Duration.ofMinutes(16), Duration.ofMinutes(-16))) {
            Clock skewed = Clock.offset(Clock.systemUTC(), shift);
            assertError(archive.postSigned("/listStreams", "{}", ACCESS_KEY, SECRET_KEY, skewed),
                    401, "NotAuthorizedException");
        }
        // A few minutes of drift between machines is normal and accepted.
        Clock drifted = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-5));
        assertThat(archive.postSigned("/listStreams", "{}", ACCESS_KEY, SECRET_KEY, drifted).statusCode())
                .isEqualTo(200);
    }

    @Test
    void missingOrGarbledAuthorizationIsNotAuthorized() throws Exception {
        assertError(archive.post("/listStreams", "{}", Map.of("Content-Type", "application/json")),
                401, "NotAuthorizedException");
        assertError(archive.post("/listStreams", "{}", Map.of("Authorization", "Bearer abc")),
                401, "NotAuthorizedException");
        assertError(archive.post("/listStreams", "{}", Map.of("Authorization",
                        "AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/20241125/ap-northeast-1/kinesisvideo/aws4_request, "
                                + "SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64),
                        "X-Amz-Date", "garbage")),
                401, "NotAuthorizedException");
    }

    @Test
    void aSignedRequestThatIsNotJsonIsInvalidArgument() throws Exception {
        assertError(archive.postSigned("/listStreams", "{\"MaxResults\": ", ACCESS_KEY, SECRET_KEY, Clock.systemUTC()),
                400, "InvalidArgumentException");
        assertError(archive.postSigned("/describeStream", "[1, 2]"), 400, "InvalidArgumentException");
        assertError(archive.postSigned("/listStreams", "{\"MaxResults\": \"ten\"}"), 400, "InvalidArgumentException");
    }

    @Test
    void anUnknownOperationIsNotFound() throws Exception {
        assertError(archive.postSigned("/deleteStream", "{\"StreamName\":\"shelf\"}"), 404, "UnknownOperationException");
    }

    @Test
    void severalRequestsAtOnceAllSucceed() {
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Integer>> calls = IntStream.range(0, 24)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> archive.controlPlane()
                            .describeStream(b -> b.streamName("shelf")).streamInfo().dataRetentionInHours(), callers))
                    .toList();
            assertThat(calls.stream().map(CompletableFuture::join)).hasSize(24).containsOnly(24);
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * A request exactly as botocore 1.43.11 (boto3, AWS CLI v1) signed it: only
     * content-type, host and x-amz-date are signed, no x-amz-content-sha256, so the
     * SDK signer cannot re-create it. Replayed byte for byte to a server whose clock
     * reads the signing time; the expected signatures come from botocore itself.
     */
    @Test
    void acceptsBotocoreSignedRequests(@TempDir Path otherDir) throws Exception {
        Instant signedAt = Instant.parse("2024-11-25T02:00:00Z");
        try (LocalArchiveFixture replay = LocalArchiveFixture.start(otherDir, Clock.fixed(signedAt, ZoneOffset.UTC))) {
            String plain = "AWS4-HMAC-SHA256 Credential=AKIDLOCALTEST/20241125/ap-northeast-1/kinesisvideo/aws4_request, "
                    + "SignedHeaders=content-type;host;x-amz-date, "
                    + "Signature=7ee9b743fe959449c062641f9de7438c00d6d174b871aae09cdf5ddf41c451af";
            String withToken = "AWS4-HMAC-SHA256 Credential=AKIDLOCALTEST/20241125/ap-northeast-1/kinesisvideo/aws4_request, "
                    + "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, "
                    + "Signature=4562ce98d9174dd3604ded7f7b5c1520b00561b6881f2d0e50778b4c18954b8f";

            assertThat(botocoreListStreams(replay.server.endpoint(), plain, "", "{\"MaxResults\": 5}"))
                    .startsWith("HTTP/1.1 200");
            assertThat(botocoreListStreams(replay.server.endpoint(), withToken,
                    "X-Amz-Security-Token: session-token-1\r\n", "{\"MaxResults\": 5}")).startsWith("HTTP/1.1 200");
            // The same signature over a different body must not pass.
            assertThat(botocoreListStreams(replay.server.endpoint(), plain, "", "{\"MaxResults\": 6}"))
                    .startsWith("HTTP/1.1 401");
        }
    }

    /** Raw HTTP, because botocore signed a Host header (localarchive.test:4566) that java.net.http would replace. */
    private static String botocoreListStreams(URI endpoint, String authorization, String extraHeaders, String body)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /listStreams HTTP/1.1\r\n"
                + "Host: localarchive.test:4566\r\n"
                + "Content-Type: application/json\r\n"
                + "X-Amz-Date: 20241125T020000Z\r\n"
                + extraHeaders
                + "Authorization: " + authorization + "\r\n"
                + "Content-Length: " + bytes.length + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(code);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("__type").asText()).isEqualTo(code);
        assertThat(body.path("message").asText()).isNotBlank().doesNotContain("Exception:").doesNotContain("\tat ");
    }
}
