package io.github.kvsviewer.decode;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ArchiveException.Kind;
import io.github.kvsviewer.ffmpeg.FfmpegErrorText;

/**
 * The {@link Kind#UNPLAYABLE_MEDIA} failures of decoding, worded for the person
 * looking at the footage: what happened, then what to do. FFmpeg's own words go
 * in brackets, for the log and for support.
 */
final class UnplayableMedia {

    private static final String WHAT_TO_DO = "Load the range again; if it keeps failing, the archived footage"
            + " itself may be damaged: try a neighbouring range.";

    private UnplayableMedia() {
    }

    /** The MP4 of one GetClip call could not be read (not an MP4, cut short, garbled). */
    static ArchiveException unreadable(PartLabel part, String detail, Throwable cause) {
        return new ArchiveException(Kind.UNPLAYABLE_MEDIA, "The video downloaded for this range" + part.suffix()
                + " could not be read (" + detail + "). It may have been cut short or damaged on the way. "
                + WHAT_TO_DO, cause);
    }

    /** The MP4 could be read but has no picture in it. */
    static ArchiveException noVideo(PartLabel part, String detail) {
        return new ArchiveException(Kind.UNPLAYABLE_MEDIA, "The video downloaded for this range" + part.suffix()
                + " holds no pictures (" + detail + "). " + WHAT_TO_DO);
    }

    /** A frame that the index promised did not come out of the decoder. */
    static ArchiveException frameNotDecoded(int clipIndex, String detail, Throwable cause) {
        return new ArchiveException(Kind.UNPLAYABLE_MEDIA, "Frame " + clipIndex + " of this clip could not be decoded ("
                + detail + "). Part of the video is damaged. " + WHAT_TO_DO, cause);
    }

    /** FFmpeg's wording for one of its negative return codes. */
    static String describe(int code) {
        return FfmpegErrorText.of(code) + " (" + code + ")";
    }

    /** Which of a clip's GetClip parts a message is about. */
    record PartLabel(int index, int count) {
        String suffix() {
            return count <= 1 ? "" : " (part " + (index + 1) + " of " + count + ")";
        }
    }
}
