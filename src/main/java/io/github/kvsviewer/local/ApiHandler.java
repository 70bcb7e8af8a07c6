package io.github.kvsviewer.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns HTTP exchanges into operation calls: reads the request, checks its
 * signature, routes {@code POST /operationName} to the operation, and writes the
 * reply or the error the way rest-json services do (x-amzn-ErrorType header plus a
 * {@code {"__type", "message"}} body).
 */
final class ApiHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    private final SigV4Verifier verifier;
    private final Map<String, Operation> operations;

    ApiHandler(SigV4Verifier verifier, Map<String, Operation> operations) {
        this.verifier = verifier;
        this.operations = Map.copyOf(operations);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        ReceivedRequest request;
        try {
            request = ReceivedRequest.read(exchange);
        } catch (ServiceError e) {
            sendError(exchange, e);
            return;
        } catch (IOException e) {
            log.debug("Request {} could not be read: {}", requestId, e.toString());
            exchange.close();
            return;
        }
        OperationReply reply;
        try {
            reply = call(request);
        } catch (ServiceError e) {
            log.debug("{} {} -> {} {}: {}", request.method(), request.rawPath(), e.status(), e.code(), e.getMessage());
            sendError(exchange, e);
            return;
        } catch (IOException | RuntimeException e) {
            // Ours, not the caller's (a damaged store, a bug): logged in full, answered cleanly.
            log.error("Request {} to {} failed", requestId, request.rawPath(), e);
            sendError(exchange, ServiceError.internalFailure());
            return;
        }
        if (reply instanceof OperationReply.Media media) {
            stream(exchange, media, requestId);
        } else {
            sendJson(exchange, 200, ((OperationReply.Json) reply).body());
        }
    }

    private OperationReply call(ReceivedRequest request) throws IOException {
        verifier.verify(request);
        Operation operation = operations.get(request.rawPath());
        if (operation == null || !"POST".equals(request.method())) {
            throw ServiceError.unknownOperation(request.method(), request.rawPath());
        }
        return operation.handle(RequestMembers.of(parseBody(request.body())), request);
    }

    /** An empty body counts as {}: clients leave it out when an operation has no members set. */
    private static ObjectNode parseBody(byte[] body) {
        if (body.length == 0) {
            return WireShapes.JSON.createObjectNode();
        }
        JsonNode node;
        try {
            node = WireShapes.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ServiceError.invalidArgument("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ServiceError.invalidArgument("The request body could not be read as JSON");
        }
        if (node == null || !node.isObject()) {
            throw ServiceError.invalidArgument("The request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * Headers first, then the body as the operation writes it, chunked since its
     * length is not known up front. If writing fails half-way, the exchange is not
     * closed: the connection drops without the final chunk, so the client sees a cut
     * body as an error instead of a short clip that looks complete.
     */
    private static void stream(HttpExchange exchange, OperationReply.Media media, String requestId) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", media.contentType());
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            media.body().writeTo(out);
        } catch (IOException | RuntimeException e) {
            log.warn("Streaming the body of request {} failed; dropping the connection", requestId, e);
            throw new IOException("response body aborted", e);
        }
        out.close();
        exchange.close();
    }

    private static void sendError(HttpExchange exchange, ServiceError error) throws IOException {
        ObjectNode body = WireShapes.JSON.createObjectNode();
        body.put("__type", error.code());
        body.put("message", error.getMessage());
        exchange.getResponseHeaders().set("x-amzn-ErrorType", error.code());
        sendJson(exchange, error.status(), body);
    }

    private static void sendJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = WireShapes.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }
}
