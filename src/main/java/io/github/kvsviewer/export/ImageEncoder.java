package io.github.kvsviewer.export;

import io.github.kvsviewer.decode.DecodedPicture;
import io.github.kvsviewer.decode.JpegEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes frames into PNG or JPEG bytes in memory. In memory because the file's
 * SHA-256 is taken from exactly these bytes, and a frame is small (a 1080p PNG
 * is about 1 MB). PNGs go through ImageIO from a BGR image; ImageIO's own
 * {@code createImageOutputStream} would cache through a temp file, a memory cache
 * is explicit and faster. JPEGs go through FFmpeg's encoder ({@link JpegEncoder}),
 * several times faster than ImageIO's, straight from the decoder's YUV picture.
 */
final class ImageEncoder implements AutoCloseable {

    private final ExportFormat format;
    private final JpegEncoder jpeg; // null for PNG exports

    ImageEncoder(ExportOptions options) {
        this.format = options.format();
        this.jpeg = format == ExportFormat.JPEG ? new JpegEncoder(options.jpegQuality()) : null;
    }

    /**
     * A BGR image as a PNG (PNG exports only).
     *
     * @throws IOException when the picture cannot be encoded, for example a
     *     picture with alpha (a BGRA frame mistaken for BGR, DECODING.md trap G)
     */
    byte[] encode(BufferedImage image) throws IOException {
        if (format != ExportFormat.PNG) {
            throw new IllegalStateException("only PNGs are encoded from images, not " + format);
        }
        if (image.getColorModel().hasAlpha()) {
            // PNG would keep a meaningless channel.
            throw new IOException("the decoder gave a picture with alpha (type " + image.getType()
                    + "); export expects TYPE_3BYTE_BGR");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight());
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer takes a picture of type " + image.getType());
            }
        }
        return bytes.toByteArray();
    }

    /** A decoder's picture as a JPEG, converted once (JPEG exports only); the picture stays the caller's. */
    byte[] encode(DecodedPicture picture) {
        if (jpeg == null) {
            throw new IllegalStateException("only JPEGs are encoded from decoded pictures, not " + format);
        }
        return jpeg.encode(picture);
    }

    @Override
    public void close() {
        if (jpeg != null) {
            jpeg.close();
        }
    }
}
