package io.github.kvsviewer.ui.player;

import java.nio.ByteBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The two pictures a {@link FramePresenter} paints into on the FX thread, each made
 * once and rewritten in place: the frame at the clip's size, and the scrub preview
 * at the proxy's. Both have the clip's aspect, so an image view fitted to its space
 * (as {@link FrameView}'s is) shows the small preview scaled up to exactly where the
 * full frame was, on the GPU, without a jump in size.
 */
final class FrameImages {

    private final int width;
    private final int height;
    private final int previewWidth;
    private final int previewHeight;
    private WritableImage frame;
    private WritableImage preview;

    FrameImages(int width, int height, int previewWidth, int previewHeight) {
        this.width = width;
        this.height = height;
        this.previewWidth = previewWidth;
        this.previewHeight = previewHeight;
    }

    /**
     * Copies a picture (BGRA, rows {@code 4 * width} bytes apart, from index 0) into
     * its image, premultiplied being the fast path (the frames are opaque, so they are
     * both), and returns that image.
     */
    WritableImage paint(ByteBuffer bgra, boolean isPreview) {
        WritableImage target = isPreview ? previewImage() : frameImage();
        int w = (int) target.getWidth();
        int h = (int) target.getHeight();
        target.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getByteBgraPreInstance(), bgra.position(0), w * 4);
        return target;
    }

    private WritableImage frameImage() {
        if (frame == null) {
            frame = new WritableImage(width, height);
        }
        return frame;
    }

    private WritableImage previewImage() {
        if (preview == null) {
            preview = new WritableImage(previewWidth, previewHeight);
        }
        return preview;
    }

    /** Bytes of the largest picture: what each buffer written for these images must hold. */
    int largestPictureBytes() {
        return Math.max(width * height, previewWidth * previewHeight) * 4;
    }
}
