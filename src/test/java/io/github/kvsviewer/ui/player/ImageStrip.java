package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.local.TimeCodeStrip;
import java.nio.ByteBuffer;
import java.time.Instant;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** Reads the demo footage's time-code strip back from a picture as it is on screen. */
final class ImageStrip {

    private ImageStrip() {
    }

    /** The producer time the picture's strip carries; on the FX thread. */
    static Instant of(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        byte[] pixels = new byte[width * height * 4];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getByteBgraPreInstance(), pixels, 0, width * 4);
        return Instant.ofEpochMilli(TimeCodeStrip.readBgra(ByteBuffer.wrap(pixels), width, height, width * 4));
    }
}
