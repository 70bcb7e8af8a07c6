package io.github.kvsviewer.export;

import io.github.kvsviewer.decode.DecodedPicture;
import io.github.kvsviewer.decode.JpegEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes frames into PNG or JPEG bytes in memory. In memory because the file's
 * SHA-256 is taken from exactly these bytes, and a frame is small (a 1080p PNG
 * is about 1 MB). ImageIO's own {@code createImageOutputStream} would cache
 * through a temp file; a memory cache is explicit and faster. JPEGs of decoded
 * frames go through FFmpeg's encoder ({@link JpegEncoder}), several times faster
 * than ImageIO's, straight from the decoder's YUV picture; other pictures through
 * ImageIO.
 */
final class ImageEncoder implements AutoCloseable {

    private final ExportFormat format;
    private final ImageWriter jpegWriter;
    private final ImageWriteParam jpegParam;
    private final JpegEncoder fastJpeg;

    ImageEncoder(ExportOptions options) {
        this.format = options.format();
        if (format == ExportFormat.JPEG) {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
            if (!writers.hasNext()) {
                throw new IllegalStateException("this Java runtime has no JPEG writer");
            }
            jpegWriter = writers.next();
            jpegParam = jpegWriter.getDefaultWriteParam();
            jpegParam.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            jpegParam.setCompressionQuality(options.jpegQuality());
            fastJpeg = new JpegEncoder(options.jpegQuality());
        } else {
            jpegWriter = null;
            jpegParam = null;
            fastJpeg = null;
        }
    }

    /**
     * @throws IOException when the picture cannot be encoded, for example a
     *     picture with alpha (a BGRA frame mistaken for BGR, DECODING.md trap G)
     */
    byte[] encode(BufferedImage image) throws IOException {
        if (image.getColorModel().hasAlpha()) {
            // The JPEG writer rejects alpha and PNG would keep a meaningless channel.
            throw new IOException("the decoder gave a picture with alpha (type " + image.getType()
                    + "); export expects TYPE_3BYTE_BGR");
        }
        if (format == ExportFormat.JPEG && JpegEncoder.accepts(image)) {
            return fastJpeg.encode(image);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight());
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (format == ExportFormat.PNG) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer takes a picture of type " + image.getType());
                }
            } else {
                jpegWriter.setOutput(out);
                jpegWriter.write(null, new IIOImage(image, null, null), jpegParam);
                jpegWriter.setOutput(null);
            }
        }
        return bytes.toByteArray();
    }

    /** A decoder's picture as a JPEG, converted once (JPEG exports only); the picture stays the caller's. */
    byte[] encode(DecodedPicture picture) {
        if (format != ExportFormat.JPEG) {
            throw new IllegalStateException("only JPEGs are encoded from decoded pictures, not " + format);
        }
        return fastJpeg.encode(picture);
    }

    @Override
    public void close() {
        if (jpegWriter != null) {
            jpegWriter.dispose();
            fastJpeg.close();
        }
    }
}
