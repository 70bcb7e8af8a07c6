package io.github.kvsviewer.decode;

import java.nio.ByteBuffer;

/**
 * A frame's pixels for display: premultiplied BGRA (opaque, so it is also plain
 * BGRA), rows {@code stride} bytes apart ({@code 4 * width} from the decoder: no
 * padding, ready for a JavaFX {@code PixelBuffer}).
 *
 * <p>The buffer is a read-only view, position 0, of pixels nobody writes again: the
 * receiver may keep it as long as it likes. The decoder's cache may hold the same
 * pixels, which is why they are read-only.
 */
public record DisplayFrame(int index, int width, int height, int stride, ByteBuffer bgra) {
}
