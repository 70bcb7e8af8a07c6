package io.github.kvsviewer.local;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parts of a SigV4 {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20241125/ap-northeast-1/kinesisvideo/aws4_request,
 * SignedHeaders=content-type;host;x-amz-date, Signature=hex}.
 */
record SigV4Authorization(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
        String signature) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DATE = Pattern.compile("[0-9]{8}");
    private static final Pattern HEADER_NAME = Pattern.compile("[a-z0-9!#$%&'*+.^_`|~-]+");

    SigV4Authorization {
        signedHeaders = List.copyOf(signedHeaders);
    }

    String scope() {
        return date + "/" + region + "/" + service + "/aws4_request";
    }

    /** Parses the header; anything malformed is NotAuthorized, as the service treats it. */
    static SigV4Authorization parse(String header) {
        String trimmed = header.trim();
        if (!trimmed.startsWith(ALGORITHM + " ")) {
            throw garbled();
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : trimmed.substring(ALGORITHM.length()).split(",")) {
            String[] keyValue = part.trim().split("=", 2);
            if (keyValue.length != 2 || parts.put(keyValue[0], keyValue[1]) != null) {
                throw garbled();
            }
        }
        String credential = parts.get("Credential");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (parts.size() != 3 || credential == null || signedHeaders == null || signature == null) {
            throw garbled();
        }
        String[] scope = credential.split("/", -1);
        if (scope.length != 5 || scope[0].isEmpty() || !DATE.matcher(scope[1]).matches() || scope[2].isEmpty()
                || !"aws4_request".equals(scope[4]) || !SIGNATURE.matcher(signature).matches()) {
            throw garbled();
        }
        List<String> headers = Arrays.asList(signedHeaders.split(";", -1));
        if (headers.stream().anyMatch(h -> !HEADER_NAME.matcher(h).matches())) {
            throw garbled();
        }
        return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], headers, signature);
    }

    private static ServiceError garbled() {
        return ServiceError.notAuthorized("Authorization header is not a valid " + ALGORITHM + " authorization");
    }
}
