package io.github.kvsviewer.local;

import java.io.IOException;
import java.util.Optional;

/**
 * The access units of an imported file in decode order, which is also presentation
 * order here: the file's own H.264 ({@link PassthroughSource}) or its pictures
 * re-encoded ({@link ReencodeSource}).
 */
interface UnitSource extends AutoCloseable {

    /**
     * One access unit.
     *
     * @param millis time after the file's first frame
     * @param keyframe an IDR picture, where a fragment may start
     * @param data AVCC with 4-byte lengths
     * @param codecPrivateData the avcC record a fragment starting here would carry
     */
    record TimedUnit(long millis, boolean keyframe, byte[] data, byte[] codecPrivateData) {
    }

    /** The next unit, empty at the end of the file. */
    Optional<TimedUnit> next() throws IOException;

    /** The size of the pictures the units hold. */
    int width();

    int height();

    /** Frames left out because no decoder could show them (before the first IDR picture). */
    long skipped();

    @Override
    void close();
}
