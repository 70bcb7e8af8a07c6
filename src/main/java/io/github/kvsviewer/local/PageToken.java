package io.github.kvsviewer.local;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A NextToken: opaque to clients (base64, as the model's pattern demands), to us
 * a tagged list of fields that says where the next page resumes. A token that does
 * not decode, or was made by another operation, is an InvalidArgumentException.
 */
record PageToken(String kind, List<String> fields) {

    private static final String SEPARATOR = "\n";

    PageToken {
        fields = List.copyOf(fields);
        if (kind.contains(SEPARATOR) || fields.stream().anyMatch(f -> f.contains(SEPARATOR))) {
            throw new IllegalArgumentException("token fields must not contain line breaks");
        }
    }

    String encode() {
        String text = kind + SEPARATOR + String.join(SEPARATOR, fields);
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a token that must be of {@code expectedKind} with exactly {@code fieldCount} fields. */
    static PageToken decode(String token, String expectedKind, int fieldCount) {
        String text;
        try {
            text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = text.split(Pattern.quote(SEPARATOR), -1);
        if (parts.length != fieldCount + 1 || !parts[0].equals(expectedKind)) {
            throw invalid();
        }
        return new PageToken(parts[0], List.of(parts).subList(1, parts.length));
    }

    static ServiceError invalid() {
        return ServiceError.invalidArgument("NextToken is invalid or expired");
    }
}
