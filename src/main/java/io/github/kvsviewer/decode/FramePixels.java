package io.github.kvsviewer.decode;

import java.nio.ByteBuffer;
import org.bytedeco.javacv.Frame;

/**
 * Copies a decoded frame out of the grabber's reused buffer into memory the caller
 * owns, row by row: JavaCV pads each row (the stride is not bytes-per-pixel times
 * the width), and the copies are tightly packed.
 */
final class FramePixels {

    private FramePixels() {
    }

    /** A BGRA frame as a display frame whose read-only pixels nobody writes again; stride = 4 × width. */
    static DisplayFrame display(Frame frame, int clipIndex) {
        byte[] pixels = copyRows(frame, 4);
        return new DisplayFrame(clipIndex, frame.imageWidth, frame.imageHeight, frame.imageWidth * 4,
                ByteBuffer.wrap(pixels).asReadOnlyBuffer());
    }

    private static byte[] copyRows(Frame frame, int channels) {
        byte[] out = new byte[Math.multiplyExact(Math.multiplyExact(frame.imageWidth, frame.imageHeight), channels)];
        copyRows(frame, channels, out);
        return out;
    }

    private static void copyRows(Frame frame, int channels, byte[] out) {
        if (frame.imageChannels != channels || frame.imageDepth != Frame.DEPTH_UBYTE
                || !(frame.image[0] instanceof ByteBuffer pixels)) {
            throw new IllegalStateException("expected 8-bit pixels with " + channels + " channels, got "
                    + frame.imageChannels + " channels of depth " + frame.imageDepth);
        }
        int row = frame.imageWidth * channels;
        int stride = frame.imageStride;
        for (int y = 0; y < frame.imageHeight; y++) {
            pixels.get(y * stride, out, y * row, row); // absolute: the grabber's buffer position stays put
        }
    }
}
