package io.github.kvsviewer.export;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to export: the picture format, the JPEG quality (0..1; ignored for PNG), the
 * folder (created when missing) and the zone that file names and the CSV's local
 * time column are written in.
 */
public record ExportOptions(ExportFormat format, float jpegQuality, Path folder, ZoneId zone) {

    public static final float DEFAULT_JPEG_QUALITY = 0.92f;
    /** The cafe's cameras and operators are in Japan. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(zone, "zone");
        if (!(jpegQuality >= 0f && jpegQuality <= 1f)) { // also rejects NaN
            throw new IllegalArgumentException("JPEG quality must be between 0 and 1, not " + jpegQuality);
        }
    }

    /** PNG into {@code folder}, times in Japan time. */
    public static ExportOptions png(Path folder) {
        return new ExportOptions(ExportFormat.PNG, DEFAULT_JPEG_QUALITY, folder, DEFAULT_ZONE);
    }

    /** JPEG at the default quality into {@code folder}, times in Japan time. */
    public static ExportOptions jpeg(Path folder) {
        return new ExportOptions(ExportFormat.JPEG, DEFAULT_JPEG_QUALITY, folder, DEFAULT_ZONE);
    }

    public ExportOptions withFormat(ExportFormat newFormat) {
        return new ExportOptions(newFormat, jpegQuality, folder, zone);
    }

    public ExportOptions withJpegQuality(float quality) {
        return new ExportOptions(format, quality, folder, zone);
    }

    public ExportOptions withFolder(Path newFolder) {
        return new ExportOptions(format, jpegQuality, newFolder, zone);
    }

    public ExportOptions withZone(ZoneId newZone) {
        return new ExportOptions(format, jpegQuality, folder, newZone);
    }
}
