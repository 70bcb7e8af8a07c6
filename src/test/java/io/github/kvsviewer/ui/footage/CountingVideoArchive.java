package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import io.github.kvsviewer.archive.TransferListener;
import io.github.kvsviewer.archive.VideoArchive;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real archive, counting the ListFragments calls that reach it. Closing it leaves the real one open. */
final class CountingVideoArchive implements VideoArchive {

    private final VideoArchive delegate;
    private final AtomicInteger listFragmentsCalls = new AtomicInteger();

    CountingVideoArchive(VideoArchive delegate) {
        this.delegate = delegate;
    }

    int listFragmentsCalls() {
        return listFragmentsCalls.get();
    }

    @Override
    public List<StreamInfo> listStreams(String namePrefix) {
        return delegate.listStreams(namePrefix);
    }

    @Override
    public StreamInfo describeStream(String streamName) {
        return delegate.describeStream(streamName);
    }

    @Override
    public List<Fragment> listFragments(String streamName, TimeRange range, TimestampKind kind) {
        listFragmentsCalls.incrementAndGet();
        return delegate.listFragments(streamName, range, kind);
    }

    @Override
    public ClipBytes getClip(String streamName, TimeRange range, TimestampKind kind, List<Fragment> expectedFragments,
            TransferListener listener) {
        return delegate.getClip(streamName, range, kind, expectedFragments, listener);
    }

    @Override
    public void close() {
    }
}
