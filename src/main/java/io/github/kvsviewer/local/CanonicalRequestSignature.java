package io.github.kvsviewer.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4 computed from the canonical request, step by step as the SigV4 spec
 * describes it. Used for requests the SDK's AwsV4HttpSigner cannot reproduce: that
 * signer always adds and signs x-amz-content-sha256, botocore (boto3, the AWS CLI)
 * signs only content-type, host and x-amz-date.
 */
final class CanonicalRequestSignature {

    private static final HexFormat HEX = HexFormat.of();

    private CanonicalRequestSignature() {
    }

    static String compute(ReceivedRequest request, SigV4Authorization authorization, String amzDate, String secretKey) {
        String canonicalRequest = request.method() + "\n"
                + canonicalUri(request.rawPath()) + "\n"
                + canonicalQuery(request.rawQuery()) + "\n"
                + canonicalHeaders(request, authorization.signedHeaders()) + "\n"
                + String.join(";", authorization.signedHeaders()) + "\n"
                + HEX.formatHex(sha256(request.body()));
        String stringToSign = SigV4Authorization.ALGORITHM + "\n" + amzDate + "\n" + authorization.scope() + "\n"
                + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), authorization.date());
        key = hmac(key, authorization.region());
        key = hmac(key, authorization.service());
        key = hmac(key, "aws4_request");
        return HEX.formatHex(hmac(key, stringToSign));
    }

    /**
     * Dot and empty segments removed (a trailing slash kept), then each segment
     * encoded again: every service but S3 double-encodes the path.
     */
    private static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(encode(segment));
            }
        }
        String trailing = rawPath.endsWith("/") && !segments.isEmpty() ? "/" : "";
        return "/" + String.join("/", segments) + trailing;
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameValue = pair.split("=", 2);
            String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
            String value = nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "";
            pairs.add(Map.entry(encode(name), encode(value)));
        }
        return pairs.stream().sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    private static String canonicalHeaders(ReceivedRequest request, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders) {
            String values = request.headers(name).stream().map(v -> v.trim().replaceAll("\\s+", " "))
                    .collect(Collectors.joining(","));
            out.append(name).append(':').append(values).append('\n');
        }
        return out.toString();
    }

    /** RFC 3986 percent-encoding: everything but unreserved characters. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HEX.withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
