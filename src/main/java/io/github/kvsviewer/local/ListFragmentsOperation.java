package io.github.kvsviewer.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kvsviewer.archive.ClipInclusionRule;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ListFragments: the fragments whose start (on the chosen clock) lies in the range,
 * both ends inclusive, a page at a time. The NextToken carries the selector, so a
 * follow-up request may omit it, as the API allows.
 */
final class ListFragmentsOperation implements Operation {

    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z0-9+/]+={0,2}");
    private static final String TOKEN_KIND = "fragments";
    private static final int DEFAULT_MAX_RESULTS = 1000;

    private final FragmentStore store;

    ListFragmentsOperation(FragmentStore store) {
        this.store = store;
    }

    @Override
    public OperationReply handle(RequestMembers body, ReceivedRequest request) {
        StreamInfo stream = StreamReference.resolve(body, store);
        int maxResults = (int) body.integer("MaxResults", 1, 1000).orElse(DEFAULT_MAX_RESULTS);
        Optional<String> token = body.string("NextToken", TOKEN, 1, 4096);
        Optional<FragmentSelector> requested = body.structure("FragmentSelector").map(FragmentSelector::read);

        Page page;
        if (token.isPresent()) {
            page = Page.decode(token.get(), stream);
        } else {
            FragmentSelector selector = requested.orElseThrow(() -> ServiceError.invalidArgument(
                    "FragmentSelector is required when no NextToken is given"));
            if (selector.end().isBefore(selector.start())) {
                throw ServiceError.invalidArgument("EndTimestamp must not be before StartTimestamp");
            }
            page = new Page(stream.arn(), selector, Optional.empty());
        }

        TimestampKind kind = page.selector().kind();
        List<Fragment> remaining = ClipInclusionRule.select(store.fragments(stream.name()),
                        new TimeRange(page.selector().start(), page.selector().end()), kind).stream()
                .filter(f -> page.after().map(last -> isAfter(f, last, kind)).orElse(true))
                .toList();
        List<Fragment> listed = remaining.subList(0, Math.min(maxResults, remaining.size()));

        ObjectNode out = WireShapes.JSON.createObjectNode();
        ArrayNode fragments = out.putArray("Fragments");
        listed.forEach(f -> fragments.add(WireShapes.fragment(f)));
        if (listed.size() < remaining.size()) {
            Fragment last = listed.get(listed.size() - 1);
            out.put("NextToken", new Page(stream.arn(), page.selector(), Optional.of(last)).encode());
        }
        return new OperationReply.Json(out);
    }

    /** The order ClipInclusionRule.select sorts in: start time, then fragment number. */
    private static boolean isAfter(Fragment fragment, Fragment last, TimestampKind kind) {
        int byStart = fragment.start(kind).compareTo(last.start(kind));
        return byStart > 0 || (byStart == 0 && fragment.number().compareTo(last.number()) > 0);
    }

    /** Where a listing resumes: the stream, the original selector and the last fragment listed. */
    private record Page(String streamArn, FragmentSelector selector, Optional<Fragment> after) {

        String encode() {
            Fragment last = after.orElseThrow();
            return new PageToken(TOKEN_KIND, List.of(streamArn, selector.kind().wireName(),
                    selector.start().toString(), selector.end().toString(),
                    last.start(selector.kind()).toString(), last.number())).encode();
        }

        static Page decode(String token, StreamInfo stream) {
            List<String> fields = PageToken.decode(token, TOKEN_KIND, 6).fields();
            if (!fields.get(0).equals(stream.arn())) {
                throw PageToken.invalid();
            }
            try {
                TimestampKind kind = TimestampKind.fromWireName(fields.get(1));
                FragmentSelector selector = new FragmentSelector(kind, Instant.parse(fields.get(2)),
                        Instant.parse(fields.get(3)));
                if (selector.end().isBefore(selector.start())) {
                    throw PageToken.invalid();
                }
                Instant lastStart = Instant.parse(fields.get(4));
                // Only the start on the selector's clock and the number matter for resuming.
                Fragment last = new Fragment(fields.get(5), lastStart, lastStart, Duration.ZERO, 0);
                return new Page(stream.arn(), selector, Optional.of(last));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw PageToken.invalid();
            }
        }
    }
}
