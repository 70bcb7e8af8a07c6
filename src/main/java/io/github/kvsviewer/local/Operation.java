package io.github.kvsviewer.local;

import java.io.IOException;

/**
 * One KVS API operation. It validates everything and throws {@link ServiceError}
 * before returning; only then are response headers sent, so a client never gets a
 * 200 followed by an error.
 */
@FunctionalInterface
interface Operation {
    OperationReply handle(RequestMembers body, ReceivedRequest request) throws IOException;
}
