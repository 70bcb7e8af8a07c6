package io.github.kvsviewer.local;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.Write_packet_Pointer_BytePointer_int;
import org.bytedeco.ffmpeg.avformat.Read_packet_Pointer_BytePointer_int;
import org.bytedeco.ffmpeg.avformat.Seek_Pointer_long_int;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;

/**
 * An FFmpeg AVIOContext that writes to a Java {@link OutputStream}, forward only
 * (not seekable, so muxers that need to go back refuse it instead of corrupting
 * the output). A failure of the stream is kept and rethrown by {@link #rethrowFailure}.
 */
final class OutputStreamIo implements AutoCloseable {

    private static final int BUFFER_SIZE = 64 * 1024;
    /** One native callback for all instances: JavaCPP callbacks are costly and few; the opaque pointer says whose. */
    private static final WriteCallback WRITE = new WriteCallback();
    private static final Map<Long, OutputStreamIo> OPEN = new ConcurrentHashMap<>();

    private final OutputStream out;
    private final BytePointer token = new BytePointer(1);
    private final AVIOContext context;
    private byte[] scratch = new byte[BUFFER_SIZE];
    private Throwable failure;

    OutputStreamIo(OutputStream out) throws IOException {
        this.out = out;
        BytePointer buffer = new BytePointer(avutil.av_malloc(BUFFER_SIZE)).capacity(BUFFER_SIZE);
        if (buffer.isNull()) {
            token.close();
            throw new IOException("out of native memory for an output buffer");
        }
        OPEN.put(token.address(), this);
        context = avformat.avio_alloc_context(buffer, BUFFER_SIZE, 1, token,
                (Read_packet_Pointer_BytePointer_int) null, WRITE, (Seek_Pointer_long_int) null);
        if (context == null || context.isNull()) {
            OPEN.remove(token.address());
            avutil.av_free(buffer);
            token.close();
            throw new IOException("could not allocate an AVIOContext");
        }
    }

    AVIOContext context() {
        return context;
    }

    /** Throws what the OutputStream threw, if it failed; FFmpeg only saw an I/O error code. */
    void rethrowFailure() throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure != null) {
            throw new IOException("writing the clip failed", failure);
        }
    }

    void flush() throws IOException {
        avformat.avio_flush(context);
        rethrowFailure();
        out.flush();
    }

    @Override
    public void close() {
        // FFmpeg may have replaced the buffer it was given: free the one it holds now.
        avutil.av_free(context.buffer());
        avformat.avio_context_free(context);
        OPEN.remove(token.address());
        token.close();
    }

    private int write(BytePointer data, int size) {
        if (failure != null) {
            return avutil.AVERROR_EIO();
        }
        try {
            if (scratch.length < size) {
                scratch = new byte[size];
            }
            data.position(0).get(scratch, 0, size);
            out.write(scratch, 0, size);
            return size;
        } catch (Throwable e) { // never let an exception cross into native code
            failure = e;
            return avutil.AVERROR_EIO();
        }
    }

    private static final class WriteCallback extends Write_packet_Pointer_BytePointer_int {
        WriteCallback() {
            retainReference();
        }

        @Override
        public int call(Pointer opaque, BytePointer data, int size) {
            OutputStreamIo io = OPEN.get(opaque.address());
            return io == null ? avutil.AVERROR_EIO() : io.write(data, size);
        }
    }
}
