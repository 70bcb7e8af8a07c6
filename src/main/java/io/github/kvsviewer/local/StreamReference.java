package io.github.kvsviewer.local;

import io.github.kvsviewer.archive.StreamInfo;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the stream a request names by StreamName or StreamARN, as every KVS operation allows. */
final class StreamReference {

    static final Pattern STREAM_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    private static final Pattern STREAM_ARN =
            Pattern.compile("arn:[a-z\\d-]+:kinesisvideo:[a-z0-9-]+:[0-9]+:[a-z]+/[a-zA-Z0-9_.-]+/[0-9]+");

    private StreamReference() {
    }

    static StreamInfo resolve(RequestMembers request, FragmentStore store) {
        Optional<String> name = request.string("StreamName", STREAM_NAME, 1, 256);
        Optional<String> arn = request.string("StreamARN", STREAM_ARN, 1, 1024);
        if (name.isEmpty() && arn.isEmpty()) {
            throw ServiceError.invalidArgument("Either StreamName or StreamARN must be specified");
        }
        StreamInfo byName = name.map(n -> store.stream(n).orElseThrow(() -> notFound(n))).orElse(null);
        StreamInfo byArn = arn.map(a -> store.streamByArn(a).orElseThrow(() -> notFound(a))).orElse(null);
        if (byName != null && byArn != null && !byName.arn().equals(byArn.arn())) {
            throw ServiceError.invalidArgument("StreamName and StreamARN name different streams");
        }
        return byName != null ? byName : byArn;
    }

    private static ServiceError notFound(String nameOrArn) {
        return ServiceError.resourceNotFound("The stream " + nameOrArn + " does not exist or is not active.");
    }
}
