package io.github.kvsviewer.local;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.bytedeco.javacv.Frame;

/**
 * The machine-readable producer time at the bottom of every demo frame: 48 square
 * cells of c = floor(width / 48) pixels, cell i at x = i*c, y = height - c, cell 0
 * the most significant bit of the epoch milliseconds; white is 1, black is 0.
 *
 * <p>Readers sample each cell's centre pixel and threshold its luma at 128, so the
 * strip survives lossy compression and colour conversion. They read from a
 * {@link BufferedImage} or from the raw bytes of a decoded frame in BGR24 or BGRA,
 * whose rows may be padded (JavaCV aligns rows, so the stride is not 3 or 4 times
 * the width).
 */
public final class TimeCodeStrip {
    public static final int BITS = 48;
    /** The largest value 48 bits hold: epoch milliseconds up to the year 10889. */
    public static final long MAX_VALUE = (1L << BITS) - 1;

    private static final int LUMA_THRESHOLD = 128;

    private TimeCodeStrip() {
    }

    /** The side of one cell for a picture this wide. */
    public static int cellSize(int width) {
        int cell = width / BITS;
        if (cell < 1) {
            throw new IllegalArgumentException("a picture " + width + " pixels wide is too narrow for the strip");
        }
        return cell;
    }

    /** Paints {@code epochMillis} into the bottom edge of a {@code width x height} picture. */
    public static void paint(Graphics2D g, int width, int height, long epochMillis) {
        checkValue(epochMillis);
        int cell = cellSize(width);
        checkHeight(height, cell);
        Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        // Cells must be hard-edged squares: no blending with the scene at their borders.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        int y = height - cell;
        for (int i = 0; i < BITS; i++) {
            boolean one = ((epochMillis >>> (BITS - 1 - i)) & 1) == 1;
            g.setColor(one ? Color.WHITE : Color.BLACK);
            g.fillRect(i * cell, y, cell, cell);
        }
        if (antialias != null) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
        }
    }

    /** Paints {@code time} into the bottom edge of {@code image}. */
    public static void paint(BufferedImage image, Instant time) {
        Graphics2D g = image.createGraphics();
        try {
            paint(g, image.getWidth(), image.getHeight(), time.toEpochMilli());
        } finally {
            g.dispose();
        }
    }

    /** Reads the strip of an image of any type. */
    public static long read(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int cell = cellSize(width);
        checkHeight(height, cell);
        long value = 0;
        for (int i = 0; i < BITS; i++) {
            int rgb = image.getRGB(centreX(i, cell), centreY(height, cell));
            value = (value << 1) | bit((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        }
        return value;
    }

    /**
     * Reads the strip from packed BGR24 pixels (3 bytes per pixel, blue first).
     *
     * @param pixels the picture, row 0 at the buffer's position 0 (absolute reads; position untouched)
     * @param strideBytes bytes from the start of one row to the next, at least {@code 3 * width}
     */
    public static long readBgr24(ByteBuffer pixels, int width, int height, int strideBytes) {
        return readPacked(pixels, width, height, strideBytes, 3);
    }

    /** As {@link #readBgr24}, for BGRA pixels (4 bytes per pixel, blue first, alpha ignored). */
    public static long readBgra(ByteBuffer pixels, int width, int height, int strideBytes) {
        return readPacked(pixels, width, height, strideBytes, 4);
    }

    /**
     * Reads the strip of a decoded JavaCV frame in BGR24 (the grabber's default) or
     * BGRA; the frame's own stride is used.
     */
    public static long read(Frame frame) {
        if (frame.image == null || frame.image.length == 0 || !(frame.image[0] instanceof ByteBuffer pixels)) {
            throw new IllegalArgumentException("not a frame with 8-bit pixels");
        }
        if (frame.imageDepth != Frame.DEPTH_UBYTE && frame.imageDepth != Frame.DEPTH_BYTE) {
            throw new IllegalArgumentException("not a frame with 8-bit pixels: depth " + frame.imageDepth);
        }
        return switch (frame.imageChannels) {
            case 3 -> readBgr24(pixels, frame.imageWidth, frame.imageHeight, frame.imageStride);
            case 4 -> readBgra(pixels, frame.imageWidth, frame.imageHeight, frame.imageStride);
            default -> throw new IllegalArgumentException(
                    "expected BGR24 or BGRA, the frame has " + frame.imageChannels + " channels");
        };
    }

    /** The strip's value as an instant. */
    public static Instant readInstant(BufferedImage image) {
        return Instant.ofEpochMilli(read(image));
    }

    /** The strip's value as an instant. */
    public static Instant readInstant(Frame frame) {
        return Instant.ofEpochMilli(read(frame));
    }

    private static long readPacked(ByteBuffer pixels, int width, int height, int strideBytes, int bytesPerPixel) {
        int cell = cellSize(width);
        checkHeight(height, cell);
        if (strideBytes < width * bytesPerPixel) {
            throw new IllegalArgumentException("stride " + strideBytes + " is shorter than a row of " + width + " pixels");
        }
        int y = centreY(height, cell);
        long value = 0;
        for (int i = 0; i < BITS; i++) {
            int at = y * strideBytes + centreX(i, cell) * bytesPerPixel;
            int blue = pixels.get(at) & 0xFF;
            int green = pixels.get(at + 1) & 0xFF;
            int red = pixels.get(at + 2) & 0xFF;
            value = (value << 1) | bit(red, green, blue);
        }
        return value;
    }

    private static int centreX(int index, int cell) {
        return index * cell + cell / 2;
    }

    private static int centreY(int height, int cell) {
        return height - cell + cell / 2;
    }

    /** BT.601 luma, the weights H.264 decoders use to turn YUV back into RGB. */
    private static long bit(int red, int green, int blue) {
        int luma = (299 * red + 587 * green + 114 * blue + 500) / 1000;
        return luma >= LUMA_THRESHOLD ? 1 : 0;
    }

    private static void checkValue(long epochMillis) {
        if (epochMillis < 0 || epochMillis > MAX_VALUE) {
            throw new IllegalArgumentException("time code out of the strip's 48 bits: " + epochMillis);
        }
    }

    private static void checkHeight(int height, int cell) {
        if (height < cell) {
            throw new IllegalArgumentException("a picture " + height + " pixels high is too short for the strip");
        }
    }
}
