package io.github.kvsviewer.archive;

import java.util.List;

/**
 * The port to an archive of video streams: Kinesis Video Streams itself or the
 * local archive, which speaks the same protocol. Everything above this package
 * sees only these records, never SDK types. Every method reports failure as an
 * {@link ArchiveException}.
 */
public interface VideoArchive extends AutoCloseable {

    /** Every stream whose name begins with {@code namePrefix} (empty: all), all pages read. */
    List<StreamInfo> listStreams(String namePrefix);

    StreamInfo describeStream(String streamName);

    /** Every fragment whose start lies in the range (both ends inclusive), all pages, sorted by that start. */
    List<Fragment> listFragments(String streamName, TimeRange range, TimestampKind kind);

    /**
     * One GetClip call. The archive returns whole fragments that start inside the
     * range, at most 200 of them or 100 MB; callers plan around that.
     */
    ClipBytes getClip(String streamName, TimeRange range, TimestampKind kind, List<Fragment> expectedFragments,
            TransferListener listener);

    @Override
    void close();
}
