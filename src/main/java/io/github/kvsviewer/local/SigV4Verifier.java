package io.github.kvsviewer.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Checks every request's SigV4 signature against the one key pair the archive was
 * started with. The expected signature is recomputed over exactly the headers the
 * client listed in SignedHeaders, at the client's own X-Amz-Date, with the received
 * body as payload. Requests that sign x-amz-content-sha256 (the AWS SDKs for Java)
 * are re-signed with the SDK's own AwsV4HttpSigner; that signer cannot leave the
 * header out, so botocore's requests (boto3, AWS CLI) go through the canonical
 * request computed here. Any failure is NotAuthorizedException (401).
 */
final class SigV4Verifier {

    static final String SIGNING_NAME = "kinesisvideo";
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final AwsV4HttpSigner SDK_SIGNER = AwsV4HttpSigner.create();

    private final String accessKey;
    private final String secretKey;
    private final Clock clock;

    SigV4Verifier(String accessKey, String secretKey, Clock clock) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.clock = clock;
    }

    void verify(ReceivedRequest request) {
        String header = request.singleHeader("authorization")
                .orElseThrow(() -> ServiceError.notAuthorized("Missing or repeated Authorization header"));
        SigV4Authorization authorization = SigV4Authorization.parse(header);
        // Comparing the key id in constant time too costs nothing and leaks nothing.
        if (!MessageDigest.isEqual(bytes(authorization.accessKeyId()), bytes(accessKey))) {
            throw ServiceError.notAuthorized("The security token included in the request is invalid");
        }
        if (!SIGNING_NAME.equals(authorization.service())) {
            throw ServiceError.notAuthorized("Credential should be scoped to correct service: '" + SIGNING_NAME + "'");
        }
        String amzDate = request.singleHeader("x-amz-date")
                .orElseThrow(() -> ServiceError.notAuthorized("Missing or repeated X-Amz-Date header"));
        Instant signedAt = parseAmzDate(amzDate);
        if (!amzDate.startsWith(authorization.date())) {
            throw ServiceError.notAuthorized("Date in Credential scope does not match the X-Amz-Date header");
        }
        Instant now = clock.instant();
        if (Duration.between(signedAt, now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            throw ServiceError.notAuthorized("Signature expired or not yet valid: signed at " + signedAt
                    + ", server time " + now + " (at most " + MAX_CLOCK_SKEW.toMinutes() + " minutes apart)");
        }
        List<String> signed = authorization.signedHeaders();
        if (!signed.contains("host") || !signed.contains("x-amz-date")) {
            throw ServiceError.notAuthorized("SignedHeaders must include host and x-amz-date");
        }
        for (String name : signed) {
            if (request.headers(name).isEmpty()) {
                throw ServiceError.notAuthorized("Signed header " + name + " is missing from the request");
            }
        }
        String expected = signed.contains("x-amz-content-sha256")
                ? sdkSignature(request, authorization, signedAt)
                : CanonicalRequestSignature.compute(request, authorization, amzDate, secretKey);
        if (!MessageDigest.isEqual(bytes(expected), bytes(authorization.signature()))) {
            throw ServiceError.notAuthorized("The request signature we calculated does not match the signature you "
                    + "provided. Check your AWS Secret Access Key and signing method.");
        }
    }

    private String sdkSignature(ReceivedRequest request, SigV4Authorization authorization, Instant signedAt) {
        SdkHttpFullRequest.Builder copy = SdkHttpFullRequest.builder()
                .protocol("http")
                .host("localhost")
                .encodedPath(request.rawPath());
        try {
            copy.method(SdkHttpMethod.fromValue(request.method()));
        } catch (IllegalArgumentException e) {
            throw ServiceError.notAuthorized("Unsupported HTTP method " + request.method());
        }
        for (String pair : request.rawQuery().split("&")) {
            if (!pair.isEmpty()) {
                String[] nameValue = pair.split("=", 2);
                copy.appendRawQueryParameter(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        for (String name : authorization.signedHeaders()) {
            copy.putHeader(name, request.headers(name));
        }
        SignedRequest signed = SDK_SIGNER.sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKey, secretKey))
                .request(copy.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(request.body()))
                .putProperty(AwsV4HttpSigner.REGION_NAME, authorization.region())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        String signedHeader = signed.request().firstMatchingHeader("Authorization").orElse("");
        return SigV4Authorization.parse(signedHeader).signature();
    }

    private static Instant parseAmzDate(String amzDate) {
        try {
            return Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw ServiceError.notAuthorized("X-Amz-Date is not in the form yyyyMMdd'T'HHmmss'Z'");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
