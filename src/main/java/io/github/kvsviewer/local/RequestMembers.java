package io.github.kvsviewer.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the members of a JSON request (or of a nested structure), checking each
 * against the service model's type and constraints. Anything off becomes an
 * InvalidArgumentException worded like the service's validation errors.
 */
final class RequestMembers {

    private final ObjectNode node;
    private final String path;

    private RequestMembers(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static RequestMembers of(ObjectNode body) {
        return new RequestMembers(body, "");
    }

    Optional<String> string(String name, Pattern pattern, int minLength, int maxLength) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw invalid(name, value, "Member must be a string");
        }
        String text = value.textValue();
        if (text.length() < minLength || text.length() > maxLength) {
            throw invalid(name, value, "Member must have length between " + minLength + " and " + maxLength);
        }
        if (!pattern.matcher(text).matches()) {
            throw invalid(name, value, "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        return Optional.of(text);
    }

    /** A member whose value must be one of the model's enum names. */
    Optional<String> enumValue(String name, Set<String> allowed) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || !allowed.contains(value.textValue())) {
            throw invalid(name, value, "Member must satisfy enum value set: " + allowed);
        }
        return Optional.of(value.textValue());
    }

    String requiredEnum(String name, Set<String> allowed) {
        return enumValue(name, allowed).orElseThrow(() -> missing(name));
    }

    OptionalLong integer(String name, long min, long max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(name, value, "Member must be an integer");
        }
        long number = value.longValue();
        if (number < min) {
            throw invalid(name, value, "Member must have value greater than or equal to " + min);
        }
        if (number > max) {
            throw invalid(name, value, "Member must have value less than or equal to " + max);
        }
        return OptionalLong.of(number);
    }

    Optional<RequestMembers> structure(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw invalid(name, value, "Member must be a structure");
        }
        return Optional.of(new RequestMembers((ObjectNode) value, qualified(name) + "."));
    }

    RequestMembers requiredStructure(String name) {
        return structure(name).orElseThrow(() -> missing(name));
    }

    /**
     * A timestamp: epoch seconds as a JSON number. The Java SDK sends milliseconds as
     * decimals (1732500001.250), botocore and the CLI whole seconds; both are exact here.
     */
    Instant requiredTimestamp(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw missing(name);
        }
        if (!value.isNumber()) {
            throw invalid(name, value, "Member must be a timestamp in epoch seconds");
        }
        BigDecimal seconds = value.decimalValue();
        try {
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.FLOOR).longValueExact();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (ArithmeticException | DateTimeException e) {
            throw invalid(name, value, "Member must be a timestamp in epoch seconds");
        }
    }

    private String qualified(String name) {
        return path + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private ServiceError invalid(String name, JsonNode value, String constraint) {
        String shown = value.isTextual() ? value.textValue() : value.toString();
        if (shown.length() > 100) {
            shown = shown.substring(0, 100) + "...";
        }
        return ServiceError.invalidArgument("1 validation error detected: Value '" + shown + "' at '" + qualified(name)
                + "' failed to satisfy constraint: " + constraint);
    }

    private ServiceError missing(String name) {
        return ServiceError.invalidArgument("1 validation error detected: Value null at '" + qualified(name)
                + "' failed to satisfy constraint: Member must not be null");
    }
}
