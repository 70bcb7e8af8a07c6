package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.archive.ClipInclusionRule;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Fragments already listed, per stream and span, so sliding the range within a
 * listed span needs no new ListFragments. Archived fragments do not change, but
 * new ones arrive at the live edge: {@link #clear(String)} forgets a stream's
 * listings when the user asks to refresh. Keeps the most recently used listings.
 */
final class FragmentListingCache {

    static final int MAX_LISTINGS = 16;

    private record Listing(String stream, TimeRange span, List<Fragment> fragments) {
    }

    /** Most recently used first. */
    private final Deque<Listing> listings = new ArrayDeque<>();

    /** The fragments that start in {@code range}, sorted, when one listing covers all of it. */
    Optional<List<Fragment>> find(String stream, TimeRange range) {
        for (Iterator<Listing> each = listings.iterator(); each.hasNext(); ) {
            Listing listing = each.next();
            if (listing.stream().equals(stream) && MapSpans.covers(listing.span(), range)) {
                each.remove();
                listings.addFirst(listing);
                return Optional.of(ClipInclusionRule.select(listing.fragments(), range, TimestampKind.PRODUCER));
            }
        }
        return Optional.empty();
    }

    void put(String stream, TimeRange span, List<Fragment> fragments) {
        listings.removeIf(listing -> listing.stream().equals(stream) && MapSpans.covers(span, listing.span()));
        listings.addFirst(new Listing(stream, span, List.copyOf(fragments)));
        while (listings.size() > MAX_LISTINGS) {
            listings.removeLast();
        }
    }

    void clear(String stream) {
        listings.removeIf(listing -> listing.stream().equals(stream));
    }

    void clear() {
        listings.clear();
    }
}
