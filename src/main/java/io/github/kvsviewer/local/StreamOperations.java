package io.github.kvsviewer.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kvsviewer.archive.StreamInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The control-plane operations on stream metadata: ListStreams, DescribeStream, GetDataEndpoint. */
final class StreamOperations {

    private static final Pattern LIST_STREAMS_TOKEN = Pattern.compile("[a-zA-Z0-9+/=]*");
    private static final String TOKEN_KIND = "streams";
    private static final Set<String> API_NAMES = Set.of("PUT_MEDIA", "GET_MEDIA", "LIST_FRAGMENTS",
            "GET_MEDIA_FOR_FRAGMENT_LIST", "GET_HLS_STREAMING_SESSION_URL", "GET_DASH_STREAMING_SESSION_URL",
            "GET_CLIP", "GET_IMAGES");

    private final FragmentStore store;
    private final Function<ReceivedRequest, URI> dataEndpoint;
    private final ServerFaults faults;

    /** {@code dataEndpoint} says where the data-plane calls of a request's caller should go. */
    StreamOperations(FragmentStore store, Function<ReceivedRequest, URI> dataEndpoint, ServerFaults faults) {
        this.store = store;
        this.dataEndpoint = dataEndpoint;
        this.faults = faults;
    }

    OperationReply listStreams(RequestMembers body, ReceivedRequest request) {
        int maxResults = faults.pageSize((int) body.integer("MaxResults", 1, 10_000).orElse(10_000));
        Optional<String> after = body.string("NextToken", LIST_STREAMS_TOKEN, 0, 1024)
                .filter(token -> !token.isEmpty())
                .map(token -> PageToken.decode(token, TOKEN_KIND, 1).fields().get(0));
        Optional<String> prefix = body.structure("StreamNameCondition").map(condition -> {
            condition.requiredEnum("ComparisonOperator", Set.of("BEGINS_WITH"));
            return condition.string("ComparisonValue", StreamReference.STREAM_NAME, 1, 256)
                    .orElseThrow(() -> ServiceError.invalidArgument(
                            "StreamNameCondition needs a ComparisonValue"));
        });
        List<StreamInfo> matching = store.streams().stream()
                .filter(s -> prefix.map(p -> s.name().startsWith(p)).orElse(true))
                .filter(s -> after.map(a -> s.name().compareTo(a) > 0).orElse(true))
                .toList();
        List<StreamInfo> page = matching.subList(0, Math.min(maxResults, matching.size()));

        ObjectNode out = WireShapes.JSON.createObjectNode();
        ArrayNode list = out.putArray("StreamInfoList");
        page.forEach(s -> list.add(WireShapes.streamInfo(s)));
        if (page.size() < matching.size()) {
            String last = page.get(page.size() - 1).name();
            out.put("NextToken", new PageToken(TOKEN_KIND, List.of(last)).encode());
        }
        return new OperationReply.Json(out);
    }

    OperationReply describeStream(RequestMembers body, ReceivedRequest request) {
        StreamInfo stream = StreamReference.resolve(body, store);
        ObjectNode out = WireShapes.JSON.createObjectNode();
        out.set("StreamInfo", WireShapes.streamInfo(stream));
        return new OperationReply.Json(out);
    }

    /** Real KVS answers a host per stream and API; the local archive serves everything itself. */
    OperationReply getDataEndpoint(RequestMembers body, ReceivedRequest request) {
        body.requiredEnum("APIName", API_NAMES);
        StreamReference.resolve(body, store);
        ObjectNode out = WireShapes.JSON.createObjectNode();
        out.put("DataEndpoint", dataEndpoint.apply(request).toString());
        return new OperationReply.Json(out);
    }
}
