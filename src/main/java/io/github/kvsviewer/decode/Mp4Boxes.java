package io.github.kvsviewer.decode;

import io.github.kvsviewer.decode.UnplayableMedia.PartLabel;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Checks that an MP4 is whole: its top-level boxes (ftyp, moov, moof, mdat, ...)
 * follow one another and the last one ends exactly at the last byte. FFmpeg reads
 * a fragmented MP4 cut short, or garbled between fragments, without complaint and
 * just stops early, so frames would go missing unnoticed; a traditional MP4 cut
 * short loses its moov. A box walk catches both in microseconds.
 */
final class Mp4Boxes {

    private static final int HEADER = 8;
    /** What an MP4 can start with: GetClip's start with ftyp; the others are legal. */
    private static final Set<String> FIRST_BOXES = Set.of("ftyp", "styp", "moov", "free", "skip", "wide", "mdat");

    private Mp4Boxes() {
    }

    static void checkWhole(byte[] mp4, PartLabel part) {
        if (mp4.length == 0) {
            throw UnplayableMedia.unreadable(part, "the download is empty", null);
        }
        long at = 0;
        while (at < mp4.length) {
            if (mp4.length - at < HEADER) {
                throw UnplayableMedia.unreadable(part, "its last " + (mp4.length - at) + " bytes are not a whole box",
                        null);
            }
            int offset = (int) at;
            long size = readUnsigned(mp4, offset, 4);
            String type = new String(mp4, offset + 4, 4, StandardCharsets.ISO_8859_1);
            if (at == 0 && !FIRST_BOXES.contains(type)) {
                throw UnplayableMedia.unreadable(part, "this is not an MP4: it does not start with an MP4 box", null);
            }
            if (!printable(type)) {
                throw UnplayableMedia.unreadable(part, "no MP4 box at byte " + at + ": the file is garbled there", null);
            }
            int header = HEADER;
            if (size == 1) { // the real size follows as 64 bits
                if (mp4.length - at < 16) {
                    throw UnplayableMedia.unreadable(part, "it ends inside the header of its '" + type + "' box", null);
                }
                size = readUnsigned(mp4, offset + 8, 8);
                header = 16;
            } else if (size == 0) { // runs to the end of the file
                size = mp4.length - at;
            }
            if (size < header) {
                throw UnplayableMedia.unreadable(part, "the '" + type + "' box at byte " + at
                        + " has an impossible size: the file is garbled there", null);
            }
            if (size > mp4.length - at) {
                throw UnplayableMedia.unreadable(part, "the '" + type + "' box at byte " + at + " runs to byte "
                        + (at + size) + ", but the file ends at byte " + mp4.length, null);
            }
            at += size;
        }
    }

    private static long readUnsigned(byte[] bytes, int offset, int length) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value < 0 ? Long.MAX_VALUE : value; // a 64-bit size past 2^63 is garbage anyway
    }

    private static boolean printable(String type) {
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
