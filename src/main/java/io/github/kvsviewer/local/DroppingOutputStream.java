package io.github.kvsviewer.local;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes the first {@code limit} bytes on, flushes them, then fails every write:
 * a connection that breaks part-way through a body, as {@link ServerFaults} plans.
 */
final class DroppingOutputStream extends FilterOutputStream {

    /** The failure it raises, told apart from real ones in the log. */
    static final class PlannedDrop extends IOException {
        PlannedDrop(long limit) {
            super("connection dropped after " + limit + " body bytes, as planned");
        }
    }

    private final long limit;
    private long written;

    DroppingOutputStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        long room = limit - written;
        if (length <= room) {
            out.write(bytes, offset, length);
            written += length;
            return;
        }
        if (room > 0) {
            out.write(bytes, offset, (int) room);
            written = limit;
        }
        out.flush();
        throw new PlannedDrop(limit);
    }

    @Override
    public void close() throws IOException {
        if (written >= limit) {
            // Closing would send the final chunk and make the cut body look complete.
            throw new PlannedDrop(limit);
        }
        super.close();
    }

    static boolean isPlannedDrop(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlannedDrop) {
                return true;
            }
        }
        return false;
    }
}
