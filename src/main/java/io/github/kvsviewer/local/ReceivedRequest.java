package io.github.kvsviewer.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as it arrived, body read in full (API bodies are small JSON
 * documents, and the signature covers the body). Header names are lower case.
 */
record ReceivedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    /** Far above any real KVS request body; keeps a hostile client from filling memory. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    ReceivedRequest {
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = Map.copyOf(headers);
    }

    static ReceivedRequest read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    all.addAll(b);
                    return List.copyOf(all);
                }));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw ServiceError.invalidArgument("Request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body);
    }

    List<String> headers(String lowerCaseName) {
        return headers.getOrDefault(lowerCaseName, List.of());
    }

    /** The header's value when it was sent exactly once. */
    Optional<String> singleHeader(String lowerCaseName) {
        List<String> values = headers(lowerCaseName);
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }
}
