package io.github.kvsviewer.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.kvsviewer.local.LocalArchiveFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named profiles, AWS_PROFILE and expired SSO sign-ins, as the SDK reads them from
 * ~/.aws, without any network: a child JVM ({@link CredentialProbe}) gets a temp
 * HOME with its own config, credentials and SSO token cache, and its calls go to
 * the local archive.
 *
 * <p>The SDK reads an SSO token from {@code $HOME/.aws/sso/cache/<sha1>.json}:
 * the sha1 of sso_start_url for a profile that names it (the older style), of
 * the sso-session's name for one with sso_session (what {@code aws configure sso}
 * writes now). An expired old-style token fails at once. An expired sso-session
 * token the SDK first tries to refresh with SSO OIDC's CreateToken; the child's
 * AWS_ENDPOINT_URL_SSO_OIDC points that at a loopback stand-in that refuses the
 * refresh token, as SSO OIDC does once a session has ended.
 */
class AwsCredentialsTest {

    static final String LEGACY_START_URL = "https://cafe-legacy.awsapps.com/start";
    static final String SESSION = "cafe";

    @TempDir
    static Path dir;
    static LocalArchiveFixture archive;
    static HttpServer ssoOidc;
    static final List<String> refreshRequests = new CopyOnWriteArrayList<>();
    /** Each probe argument's line: kind, then message or count. */
    static Map<String, String[]> results;
    static String childLog;

    @BeforeAll
    static void runProbe() throws Exception {
        archive = LocalArchiveFixture.start(dir.resolve("archive"));
        archive.createStream("cafe-shelf");
        archive.createStream("cafe-door");
        ssoOidc = startSsoOidcStandIn();

        Path home = Files.createDirectories(dir.resolve("home"));
        writeAwsFiles(home);
        results = probe(home, "profile:keys", "profile:legacy-sso", "profile:cafe-sso", "profile:never-signed-in",
                "default", "profile:missing");
    }

    @AfterAll
    static void stop() throws Exception {
        if (ssoOidc != null) {
            ssoOidc.stop(0);
        }
        if (archive != null) {
            archive.close();
        }
    }

    /** A profile with keys in ~/.aws/credentials reaches the archive at the endpoint override. */
    @Test
    void aProfileWithKeysConnects() {
        assertThat(results.get("profile:keys")).as(childLog).containsExactly("OK", "2");
    }

    @Test
    void anExpiredOldStyleSsoSignInSaysToLogInWithThatProfile() {
        assertThat(results.get("profile:legacy-sso")).as(childLog).containsExactly("CREDENTIALS_EXPIRED",
                "The AWS sign-in of profile 'legacy-sso' has expired. Run 'aws sso login --profile legacy-sso' in a "
                        + "terminal, then try again.");
    }

    @Test
    void anExpiredSsoSessionWhoseRefreshIsRefusedSaysToLogIn() {
        assertThat(results.get("profile:cafe-sso")).as(childLog).containsExactly("CREDENTIALS_EXPIRED",
                "The AWS sign-in of profile 'cafe-sso' has expired. Run 'aws sso login --profile cafe-sso' in a "
                        + "terminal, then try again.");
        // The SDK did try to refresh, at the stand-in only, with the cached refresh token.
        assertThat(refreshRequests).isNotEmpty()
                .allMatch(body -> body.contains("\"grantType\":\"refresh_token\"") && body.contains("cached-refresh"));
    }

    @Test
    void aSessionNeverSignedInSaysToLogIn() {
        assertThat(results.get("profile:never-signed-in")).as(childLog).containsExactly("CREDENTIALS_EXPIRED",
                "Profile 'never-signed-in' is not signed in to AWS. Run 'aws sso login --profile never-signed-in' in "
                        + "a terminal, then try again.");
    }

    /** No profile chosen: the default chain follows AWS_PROFILE, and the message names it. */
    @Test
    void theDefaultChainFollowsAwsProfileAndTheMessageNamesIt() {
        assertThat(results.get("default")).as(childLog).containsExactly("CREDENTIALS_EXPIRED",
                "The AWS sign-in of profile 'legacy-sso' has expired. Run 'aws sso login --profile legacy-sso' in a "
                        + "terminal, then try again.");
    }

    @Test
    void aProfileThatDoesNotExistIsNotAuthorized() {
        assertThat(results.get("profile:missing")).as(childLog).containsExactly("NOT_AUTHORIZED",
                "No AWS credentials were found for profile 'missing'. Check that ~/.aws/config has this profile, or "
                        + "choose another one.");
    }

    private static void writeAwsFiles(Path home) throws IOException, NoSuchAlgorithmException {
        Path aws = Files.createDirectories(home.resolve(".aws"));
        Files.writeString(aws.resolve("config"), """
                [profile keys]
                region = ap-northeast-1

                [profile legacy-sso]
                sso_start_url = %s
                sso_region = us-east-1
                sso_account_id = 111122223333
                sso_role_name = CafeViewer
                region = ap-northeast-1

                [profile cafe-sso]
                sso_session = %s
                sso_account_id = 111122223333
                sso_role_name = CafeViewer
                region = ap-northeast-1

                [sso-session %s]
                sso_start_url = https://cafe.awsapps.com/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access

                [profile never-signed-in]
                sso_session = elsewhere
                sso_account_id = 111122223333
                sso_role_name = CafeViewer

                [sso-session elsewhere]
                sso_start_url = https://elsewhere.awsapps.com/start
                sso_region = us-east-1
                """.formatted(LEGACY_START_URL, SESSION, SESSION));
        Files.writeString(aws.resolve("credentials"), """
                [keys]
                aws_access_key_id = %s
                aws_secret_access_key = %s
                """.formatted(LocalArchiveFixture.ACCESS_KEY, LocalArchiveFixture.SECRET_KEY));

        // Tokens as the AWS CLI caches them, both expired long ago.
        Path cache = Files.createDirectories(aws.resolve("sso").resolve("cache"));
        Files.writeString(cache.resolve(sha1(LEGACY_START_URL) + ".json"), """
                {"startUrl": "%s", "region": "us-east-1", "accessToken": "cached-access",
                 "expiresAt": "2024-01-01T00:00:00Z"}""".formatted(LEGACY_START_URL));
        Files.writeString(cache.resolve(sha1(SESSION) + ".json"), """
                {"startUrl": "https://cafe.awsapps.com/start", "region": "us-east-1", "accessToken": "cached-access",
                 "expiresAt": "2024-01-01T00:00:00Z", "clientId": "cached-client", "clientSecret": "cached-secret",
                 "registrationExpiresAt": "2030-01-01T00:00:00Z", "refreshToken": "cached-refresh"}""");
    }

    /** Answers CreateToken as SSO OIDC does for a refresh token of an ended session. */
    private static HttpServer startSsoOidcStandIn() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            refreshRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token provided\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "InvalidGrantException");
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static Map<String, String[]> probe(Path home, String... scenarios) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                CredentialProbe.class.getName(), archive.endpoint().toString()));
        command.addAll(List.of(scenarios));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("HOME", home.toString());
        env.put("AWS_CONFIG_FILE", home.resolve(".aws/config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString());
        env.put("AWS_PROFILE", "legacy-sso");
        // Nothing may leave the machine: no instance metadata, SSO only on loopback.
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_ENDPOINT_URL_SSO_OIDC", "http://127.0.0.1:" + ssoOidc.getAddress().getPort());
        env.put("AWS_ENDPOINT_URL_SSO", "http://127.0.0.1:" + closedPort);
        Path log = dir.resolve("probe.log");
        Process process = builder.redirectError(log.toFile()).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        childLog = "probe output:\n" + output + "\nprobe log:\n" + Files.readString(log);
        assertThat(process.exitValue()).as(childLog).isZero();

        Map<String, String[]> lines = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            String[] fields = line.split("\t", 3);
            if (fields.length == 3) {
                lines.put(fields[0], new String[] {fields[1], fields[2]});
            }
        }
        assertThat(lines.keySet()).as(childLog).containsExactly(scenarios);
        return lines;
    }

    private static String sha1(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
