package io.github.kvsviewer.export;

import io.github.kvsviewer.clip.FrameTime;
import io.github.kvsviewer.decode.DecodedClip;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * The frames of an export decoded and encoded ahead of the one being written:
 * encoding (a 1080p JPEG takes about 20 ms, a PNG over 100) runs on worker threads,
 * one {@link ImageEncoder} each, while the exporting thread decodes the next
 * frames (the clip's export decoder is one per clip) and writes files. Writing,
 * progress and cancelling stay with the exporting thread, in frame order, so a
 * cancel still stops before the next file.
 *
 * <p>At most one frame per worker plus one is held decoded or encoded (3 to 6 MB
 * each at 1080p). A JPEG's frame is the decoder's own picture, which the worker
 * converts and frees ({@link PictureHandover}); a PNG's a BGR image.
 */
final class EncodeAhead implements AutoCloseable {

    /** A frame that could not be decoded or encoded; the cause says why. */
    static final class StepFailure extends Exception {
        private final boolean decoding;

        StepFailure(boolean decoding, Throwable cause) {
            super(cause);
            this.decoding = decoding;
        }

        boolean decoding() {
            return decoding;
        }
    }

    /** A frame handed to a worker, or the failure that stopped its decoding; {@code picture} for JPEGs. */
    private record Pending(Future<byte[]> bytes, PictureHandover picture, RuntimeException decodeFailure) {
    }

    private final DecodedClip clip;
    private final List<FrameTime> frames;
    private final List<ExecutorService> lanes = new ArrayList<>();
    private final List<ImageEncoder> encoders = new ArrayList<>();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    /** JPEGs encode from the decoder's own YUV picture: no BGR image, one colour conversion. */
    private final boolean fromDecoder;
    private int nextToDecode;
    private boolean decodeFailed;

    EncodeAhead(DecodedClip clip, List<FrameTime> frames, ExportOptions options, int workers) {
        this.clip = clip;
        this.frames = frames;
        this.fromDecoder = options.format() == ExportFormat.JPEG;
        for (int i = 0; i < workers; i++) {
            String name = "export-encoder-" + (i + 1);
            lanes.add(Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
            }));
            encoders.add(new ImageEncoder(options)); // used only on its lane from now on
        }
    }

    /** Workers for this machine: every core encodes, up to four (memory grows with each). */
    static int workersForThisMachine() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The encoded bytes of the next frame of the list.
     *
     * @throws InterruptedException when the exporting thread is interrupted while
     *     waiting (its interrupt flag is set again)
     */
    byte[] next() throws StepFailure, InterruptedException {
        fill();
        Pending frame = pending.poll();
        if (frame == null) {
            throw new IllegalStateException("no frame left");
        }
        if (frame.decodeFailure() != null) {
            throw new StepFailure(true, frame.decodeFailure());
        }
        try {
            return frame.bytes().get();
        } catch (ExecutionException e) {
            throw new StepFailure(false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** Decodes on this thread and hands to the workers, round robin, until enough frames are in hand. */
    private void fill() {
        while (pending.size() <= lanes.size() && nextToDecode < frames.size() && !decodeFailed) {
            int lane = nextToDecode % lanes.size();
            int index = frames.get(nextToDecode++).index();
            ImageEncoder encoder = encoders.get(lane);
            Callable<byte[]> encode;
            PictureHandover picture = null;
            try {
                if (fromDecoder) {
                    PictureHandover handover = new PictureHandover(clip.exportPicture(index));
                    picture = handover;
                    encode = () -> handover.encodeWith(encoder);
                } else {
                    BufferedImage image = clip.exportImage(index); // a fresh image: the worker owns it
                    encode = () -> encoder.encode(image);
                }
            } catch (RuntimeException e) {
                decodeFailed = true; // reported at its turn; nothing after it is decoded
                pending.add(new Pending(null, null, e));
                continue;
            }
            pending.add(new Pending(submit(lanes.get(lane), encode, picture), picture, null));
        }
    }

    /** A picture no worker will ever see is freed here. */
    private static Future<byte[]> submit(ExecutorService lane, Callable<byte[]> encode, PictureHandover picture) {
        try {
            return lane.submit(encode);
        } catch (RuntimeException e) {
            if (picture != null) {
                picture.drop();
            }
            throw e;
        }
    }

    /** Drops frames not yet encoded; each worker frees its encoder after the one in hand. Does not wait. */
    @Override
    public void close() {
        for (Pending frame : pending) {
            if (frame.bytes() != null) {
                frame.bytes().cancel(false);
            }
            if (frame.picture() != null) {
                frame.picture().drop(); // unless its worker has it: then the worker frees it
            }
        }
        pending.clear();
        for (int i = 0; i < lanes.size(); i++) {
            ImageEncoder encoder = encoders.get(i);
            try {
                lanes.get(i).execute(encoder::close);
            } catch (RejectedExecutionException e) {
                encoder.close(); // never happens before shutdown; kept so a native encoder is never leaked
            }
            lanes.get(i).shutdown();
        }
    }
}
