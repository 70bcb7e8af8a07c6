package io.github.kvsviewer.local;

import io.github.kvsviewer.archive.ClipInclusionRule;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * GetClip: the fragments whose start lies in the range (both ends inclusive), cut
 * after the first 200 fragments or 100 MB without a word, packaged as one MP4 and
 * streamed. Media is read from the store one fragment at a time while the muxer
 * writes, so a clip is never held in memory whole.
 */
final class GetClipOperation implements Operation {

    static final String CONTENT_TYPE = "video/mp4";
    private static final Duration MAX_RANGE = Duration.ofHours(24);

    private final FragmentStore store;

    GetClipOperation(FragmentStore store) {
        this.store = store;
    }

    @Override
    public OperationReply handle(RequestMembers body, ReceivedRequest request) throws IOException {
        StreamInfo stream = StreamReference.resolve(body, store);
        FragmentSelector selector = FragmentSelector.read(body.requiredStructure("ClipFragmentSelector"));
        if (!selector.end().isAfter(selector.start())) {
            throw ServiceError.invalidArgument("EndTimestamp must be later than StartTimestamp");
        }
        if (Duration.between(selector.start(), selector.end()).compareTo(MAX_RANGE) > 0) {
            throw ServiceError.invalidArgument("EndTimestamp must be within 24 hours of StartTimestamp");
        }
        if (stream.retentionHours() == 0) {
            throw ServiceError.noDataRetention("The stream " + stream.name() + " does not retain data");
        }
        List<Fragment> selected = ClipInclusionRule.select(store.fragments(stream.name()),
                new TimeRange(selector.start(), selector.end()), selector.kind());
        if (selected.isEmpty()) {
            throw ServiceError.resourceNotFound("No fragments found in the stream for the clip request.");
        }
        List<Fragment> clip = ClipInclusionRule.clipLimit(selected);

        // The first fragment is read before any header goes out: a damaged store or
        // unusable media then still gets a proper error response.
        FragmentMedia first = store.readMedia(stream.name(), clip.get(0).number());
        if (first.codecPrivateData().length == 0) {
            throw ServiceError.missingCodecPrivateData("The first fragment of the clip has no codec private data");
        }
        return new OperationReply.Media(CONTENT_TYPE,
                out -> ClipMuxer.write(new LazySegments(stream.name(), clip, first), out));
    }

    /** Reads each fragment's media only when the muxer asks for it. */
    private final class LazySegments implements Iterator<ClipSegment> {

        private final String streamName;
        private final List<Fragment> fragments;
        private FragmentMedia firstMedia;
        private int next;

        LazySegments(String streamName, List<Fragment> fragments, FragmentMedia firstMedia) {
            this.streamName = streamName;
            this.fragments = fragments;
            this.firstMedia = firstMedia;
        }

        @Override
        public boolean hasNext() {
            return next < fragments.size();
        }

        @Override
        public ClipSegment next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Fragment fragment = fragments.get(next);
            FragmentMedia media = firstMedia;
            firstMedia = null;
            if (media == null) {
                try {
                    media = store.readMedia(streamName, fragment.number());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            next++;
            return new ClipSegment(fragment.producerTime(), media);
        }
    }
}
