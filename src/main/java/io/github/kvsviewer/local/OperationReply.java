package io.github.kvsviewer.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/** What an operation answers: a JSON document, or a media body streamed after the headers. */
sealed interface OperationReply {

    record Json(ObjectNode body) implements OperationReply {
    }

    record Media(String contentType, MediaBody body) implements OperationReply {
    }

    @FunctionalInterface
    interface MediaBody {
        void writeTo(OutputStream out) throws IOException;
    }
}
