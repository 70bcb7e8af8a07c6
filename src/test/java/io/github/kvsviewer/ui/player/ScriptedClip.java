package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.decode.DisplayFrame;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;

/**
 * A real decoded clip with a script around its display path: it records which
 * frames were decoded, can hold the first decode until released (so requests pile
 * up behind it deterministically), and runs a hook before each decode (which may
 * throw, as a broken frame does). Previews come from the real clip.
 */
final class ScriptedClip implements DecodedClip {

    final List<Integer> decoded = new CopyOnWriteArrayList<>();
    final CountDownLatch firstDecodeStarted = new CountDownLatch(1);
    final CountDownLatch releaseFirstDecode = new CountDownLatch(1);

    private final DecodedClip real;
    private final boolean holdFirst;
    private final IntConsumer beforeDecode;

    /** @param beforeDecode runs before each display decode with its index; may throw */
    ScriptedClip(DecodedClip real, boolean holdFirst, IntConsumer beforeDecode) {
        this.real = real;
        this.holdFirst = holdFirst;
        this.beforeDecode = beforeDecode;
        if (!holdFirst) {
            releaseFirstDecode.countDown();
        }
    }

    @Override
    public ClipTimeline timeline() {
        return real.timeline();
    }

    @Override
    public int width() {
        return real.width();
    }

    @Override
    public int height() {
        return real.height();
    }

    @Override
    public DisplayFrame displayFrame(int index) {
        script(index);
        return real.displayFrame(index);
    }

    @Override
    public void displayFrameInto(int index, ByteBuffer target) {
        script(index);
        real.displayFrameInto(index, target);
    }

    private void script(int index) {
        decoded.add(index);
        if (holdFirst && firstDecodeStarted.getCount() > 0) {
            firstDecodeStarted.countDown();
            try {
                releaseFirstDecode.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        beforeDecode.accept(index);
    }

    @Override
    public Optional<DisplayFrame> previewFrame(int index) {
        return real.previewFrame(index);
    }

    @Override
    public boolean previewFrameInto(int index, ByteBuffer target) {
        return real.previewFrameInto(index, target);
    }

    @Override
    public int previewWidth() {
        return real.previewWidth();
    }

    @Override
    public int previewHeight() {
        return real.previewHeight();
    }

    @Override
    public int previewFramesReady() {
        return real.previewFramesReady();
    }

    @Override
    public BufferedImage exportImage(int index) {
        return real.exportImage(index);
    }

    @Override
    public void close() {
        // the real clip belongs to the test
    }
}
