package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.decode.DecodedClip;
import io.github.kvsviewer.decode.DisplayFrame;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * A real decoded clip with a script around its display path: it records which
 * frames were decoded, can hold the first decode until released (so requests pile
 * up behind it deterministically), and can answer some frames itself.
 */
final class ScriptedClip implements DecodedClip {

    final List<Integer> decoded = new CopyOnWriteArrayList<>();
    final CountDownLatch firstDecodeStarted = new CountDownLatch(1);
    final CountDownLatch releaseFirstDecode = new CountDownLatch(1);

    private final DecodedClip real;
    private final boolean holdFirst;
    private final IntFunction<DisplayFrame> script;

    /** @param script a frame for an index, or null to decode it for real; may throw */
    ScriptedClip(DecodedClip real, boolean holdFirst, IntFunction<DisplayFrame> script) {
        this.real = real;
        this.holdFirst = holdFirst;
        this.script = script;
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
        DisplayFrame scripted = script.apply(index);
        return scripted != null ? scripted : real.displayFrame(index);
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
