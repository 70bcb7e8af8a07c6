package io.github.kvsviewer.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NONE;

import io.github.kvsviewer.ffmpeg.FfmpegLog;
import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.decode.UnplayableMedia.PartLabel;
import java.io.ByteArrayInputStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One grabber over one GetClip MP4 that hands out exactly the frame asked for.
 *
 * <p>It remembers which frame the grabber will decode next, so reading the next
 * frame is a plain decode (the fast path). Anything else seeks: to the middle of
 * the target's interval with {@code setVideoTimestamp}, which lands at or just
 * before it; if it lands past it, to the keyframe's exact time (then an earlier
 * keyframe's); then decodes forward. Every decoded frame's timestamp is checked
 * against the {@link PartIndex}: the frame returned is the one asked for, or an
 * {@link io.github.kvsviewer.archive.ArchiveException} says it could not be decoded.
 *
 * <p>Not thread-safe: one thread at a time (the owner holds a lock).
 */
final class FrameReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FrameReader.class);

    private final FFmpegFrameGrabber grabber;
    private final PartIndex index;
    private final int clipOffset;
    /** The frame the next plain decode yields; -1 when unknown, so the next read seeks. */
    private int next = -1;
    private long reseeks;

    /**
     * @param grabber started; this reader owns and closes it
     * @param clipOffset the clip index of the part's first frame, for messages
     */
    FrameReader(FFmpegFrameGrabber grabber, PartIndex index, int clipOffset) {
        this.grabber = grabber;
        this.index = index;
        this.clipOffset = clipOffset;
    }

    /**
     * For {@link #start}: frames stay as the decoder made them (JavaCV's RAW mode,
     * the picture in {@code Frame.opaque}), for callers that convert them themselves.
     */
    static final int DECODER_FORMAT = AV_PIX_FMT_NONE;

    /**
     * Starts a grabber on the MP4 in memory (its own stream over the shared array).
     *
     * @param pixelFormat an {@code AV_PIX_FMT_*} JavaCV converts the frames handed out to,
     *     or {@link #DECODER_FORMAT}
     * @param threads decoder threads, 0 for FFmpeg's choice
     */
    static FFmpegFrameGrabber start(byte[] mp4, int pixelFormat, int threads, PartLabel part) {
        FfmpegLog.install();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4));
        grabber.setFormat("mp4"); // GetClip returns MP4 only: no probing, which blames other formats for garbage
        if (pixelFormat == DECODER_FORMAT) {
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
        } else {
            grabber.setPixelFormat(pixelFormat);
        }
        if (threads > 0) {
            grabber.setVideoOption("threads", Integer.toString(threads));
        }
        FfmpegLog.clearLastError();
        try {
            grabber.start();
            return grabber;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            String detail = FfmpegLog.lastError().orElseGet(() -> startFailure(e));
            closeQuietly(grabber);
            throw UnplayableMedia.unreadable(part, detail, e);
        }
    }

    /** JavaCV's own failures name the stream object and advise on logging: not for a reader's eyes. */
    private static String startFailure(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith("Did not find a video or audio stream") ? "it holds no video track"
                : "FFmpeg cannot open it as an MP4";
    }

    /** Seeks that landed past their frame and were redone from a keyframe (for tests). */
    long reseeks() {
        return reseeks;
    }

    /** True when {@code frame} is reached by decoding on from where the grabber is, without a seek. */
    boolean reachableWithoutSeek(int frame) {
        return next >= 0 && next <= frame && index.keyframeAtOrBefore(frame) <= next;
    }

    /**
     * The decoded frame in the grabber's pixel format. The returned object and its
     * pixels belong to the grabber and change on the next call: copy them out first.
     */
    Frame read(int frame) {
        FfmpegLog.clearLastError();
        try {
            if (!reachableWithoutSeek(frame)) {
                Frame landed = seek(frame);
                if (next - 1 == frame) {
                    return landed;
                }
            }
            while (next < frame) {
                expect(decode(false), next);
                next++;
            }
            Frame decoded = expect(decode(true), frame);
            next = frame + 1;
            return decoded;
        } catch (ArchiveException e) {
            next = -1; // trust nothing about the position after a failure
            throw e;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            next = -1;
            String detail = FfmpegLog.lastError().orElse("the decoder failed");
            throw UnplayableMedia.frameNotDecoded(clipOffset + frame, detail, e);
        }
    }

    /**
     * Positions the grabber at or before {@code frame} and returns the frame it landed
     * on, converted; {@link #next} then follows that frame.
     */
    private Frame seek(int frame) throws FrameGrabber.Exception {
        grabber.setVideoTimestamp(index.midFrameSeekTarget(frame));
        Frame landed = decode(true);
        int at = identify(landed);
        if (at >= 0 && at <= frame) {
            next = at + 1;
            return landed;
        }
        // Past the target (JavaCV judges by an estimated frame rate): go to a keyframe's exact time.
        int keyframe = index.keyframeAtOrBefore(frame);
        while (true) {
            reseeks++;
            log.debug("Seek for frame {} landed on {}; retrying from keyframe {}", frame, at, keyframe);
            grabber.setVideoTimestamp(index.exactSeekTarget(keyframe));
            landed = decode(true);
            at = identify(landed);
            if (at >= 0 && at <= frame) {
                next = at + 1;
                return landed;
            }
            if (keyframe == 0) {
                throw UnplayableMedia.frameNotDecoded(clipOffset + frame,
                        "no seek reached it; the decoder gave " + describe(landed), null);
            }
            keyframe = index.keyframeAtOrBefore(keyframe - 1);
        }
    }

    /**
     * Video only, no data frames; {@code convert} false skips the pixel conversion of
     * a frame passed over (in RAW mode there is none anyway).
     */
    private Frame decode(boolean convert) throws FrameGrabber.Exception {
        return grabber.grabFrame(false, true, convert, false, false);
    }

    private int identify(Frame frame) {
        return frame == null || frame.image == null ? -1 : index.frameAt(frame.timestamp);
    }

    private Frame expect(Frame frame, int expected) {
        if (frame == null || frame.image == null) {
            throw UnplayableMedia.frameNotDecoded(clipOffset + expected, "the video ended before it", null);
        }
        if (frame.timestamp != index.ptsMicros(expected)) {
            throw UnplayableMedia.frameNotDecoded(clipOffset + expected, "expected the picture at "
                    + index.ptsMicros(expected) + " µs, the decoder gave " + describe(frame), null);
        }
        return frame;
    }

    private static String describe(Frame frame) {
        return frame == null || frame.image == null ? "nothing" : "the picture at " + frame.timestamp + " µs";
    }

    @Override
    public void close() {
        next = -1;
        closeQuietly(grabber);
    }

    static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            log.debug("Closing a grabber failed", e);
        }
    }
}
