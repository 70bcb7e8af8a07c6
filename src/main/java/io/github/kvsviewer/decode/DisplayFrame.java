package io.github.kvsviewer.decode;

import java.nio.ByteBuffer;

/**
 * A frame's pixels for display: premultiplied BGRA (opaque, so it is also plain
 * BGRA), rows {@code stride} bytes apart. The buffer belongs to the receiver: the
 * decoder never writes into it again.
 */
public record DisplayFrame(int index, int width, int height, int stride, ByteBuffer bgra) {
}
