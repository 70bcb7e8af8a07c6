package io.github.kvsviewer.archive;

import java.util.List;

/**
 * The port to an archive of video streams: Kinesis Video Streams itself or the
 * local archive, which speaks the same protocol. Everything above this package
 * sees only these records, never SDK types.
 */
public interface VideoArchive extends AutoCloseable {

    /** Every stream whose name begins with {@code namePrefix} (empty: all), all pages read. */
    List<StreamInfo> listStreams(String namePrefix);

    @Override
    void close();
}
