package io.github.kvsviewer.export;

/** The picture format of exported frames. */
public enum ExportFormat {
    /** Lossless: every pixel as decoded, about ten times the size of a JPEG. */
    PNG("png"),
    /** Lossy, at {@link ExportOptions#jpegQuality()}. */
    JPEG("jpg");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file-name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
