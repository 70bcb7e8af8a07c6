package io.github.kvsviewer.local;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

/**
 * Converts RGB pixels to limited-range BT.601 YUV 4:2:0 (what H.264 decoders assume
 * for unlabelled SD content, and what we label ours) straight into an AVFrame's
 * planes, one region at a time: when only a few parts of a picture changed, only
 * they are converted, and the rest of the frame keeps the previous picture.
 */
final class Yuv420Writer {

    private final int width;
    private final int height;
    private final byte[] lumaTop;
    private final byte[] lumaBottom;
    private final byte[] blue;
    private final byte[] red;

    Yuv420Writer(int width, int height) {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("4:2:0 needs an even width and height: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.lumaTop = new byte[width];
        this.lumaBottom = new byte[width];
        this.blue = new byte[width / 2];
        this.red = new byte[width / 2];
    }

    /** Converts each region once, even where the regions overlap. */
    void write(int[] rgb, List<Rectangle> regions, AVFrame frame) {
        for (Rectangle region : merged(regions)) {
            write(rgb, region, frame);
        }
    }

    /**
     * Joins regions that mostly overlap (the same caption twice, the customer one step
     * apart) so their pixels are converted once, but keeps apart those whose bounding
     * box would take in much that did not change (the customer and the strip).
     */
    static List<Rectangle> merged(List<Rectangle> regions) {
        List<Rectangle> result = new ArrayList<>(regions);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < result.size() && !joined; i++) {
                for (int j = i + 1; j < result.size() && !joined; j++) {
                    Rectangle a = result.get(i);
                    Rectangle b = result.get(j);
                    Rectangle both = a.union(b);
                    Rectangle overlap = a.intersection(b);
                    long covered = area(a) + area(b) - (overlap.isEmpty() ? 0 : area(overlap));
                    if (area(both) * 10 <= covered * 11) {
                        result.set(i, both);
                        result.remove(j);
                        joined = true;
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    private static long area(Rectangle r) {
        return (long) r.width * r.height;
    }

    /**
     * Converts {@code region} of {@code rgb} (packed 0xRRGGBB, {@code width} per row), widened
     * to even bounds so each 2x2 chroma sample is computed from pixels all of the same picture.
     */
    void write(int[] rgb, Rectangle region, AVFrame frame) {
        Rectangle r = region.intersection(new Rectangle(0, 0, width, height));
        if (r.isEmpty()) {
            return;
        }
        int x0 = r.x & ~1;
        int y0 = r.y & ~1;
        int x1 = Math.min(width, (r.x + r.width + 1) & ~1);
        int y1 = Math.min(height, (r.y + r.height + 1) & ~1);
        int span = x1 - x0;
        BytePointer yPlane = frame.data(0);
        BytePointer uPlane = frame.data(1);
        BytePointer vPlane = frame.data(2);
        int yStride = frame.linesize(0);
        int uStride = frame.linesize(1);
        int vStride = frame.linesize(2);
        for (int y = y0; y < y1; y += 2) {
            int top = y * width;
            int bottom = top + width;
            // one pass over each 2x2 block: its four lumas and its one chroma pair
            for (int x = x0, i = 0, c = 0; x < x1; x += 2, i += 2, c++) {
                int p0 = rgb[top + x];
                int p1 = rgb[top + x + 1];
                int p2 = rgb[bottom + x];
                int p3 = rgb[bottom + x + 1];
                lumaTop[i] = luma(p0);
                lumaTop[i + 1] = luma(p1);
                lumaBottom[i] = luma(p2);
                lumaBottom[i + 1] = luma(p3);
                int r4 = ((p0 >> 16) & 255) + ((p1 >> 16) & 255) + ((p2 >> 16) & 255) + ((p3 >> 16) & 255);
                int g4 = ((p0 >> 8) & 255) + ((p1 >> 8) & 255) + ((p2 >> 8) & 255) + ((p3 >> 8) & 255);
                int b4 = (p0 & 255) + (p1 & 255) + (p2 & 255) + (p3 & 255);
                blue[c] = (byte) (((-38 * r4 - 74 * g4 + 112 * b4 + 512) >> 10) + 128);
                red[c] = (byte) (((112 * r4 - 94 * g4 - 18 * b4 + 512) >> 10) + 128);
            }
            yPlane.position((long) y * yStride + x0).put(lumaTop, 0, span);
            yPlane.position((long) (y + 1) * yStride + x0).put(lumaBottom, 0, span);
            uPlane.position((long) (y / 2) * uStride + x0 / 2).put(blue, 0, span / 2);
            vPlane.position((long) (y / 2) * vStride + x0 / 2).put(red, 0, span / 2);
        }
    }

    private static byte luma(int p) {
        return (byte) (((66 * ((p >> 16) & 255) + 129 * ((p >> 8) & 255) + 25 * (p & 255) + 128) >> 8) + 16);
    }
}
