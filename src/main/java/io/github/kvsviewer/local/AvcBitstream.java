package io.github.kvsviewer.local;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversions between the two ways H.264 is carried: Annex B (start-code
 * separated, as encoders emit it) and AVCC (4-byte length prefixes, as MP4 and
 * Matroska store it, with the parameter sets in an avcC record).
 */
final class AvcBitstream {

    static final int NAL_IDR = 5;
    static final int NAL_SPS = 7;
    static final int NAL_PPS = 8;
    static final int NAL_AUD = 9;

    private AvcBitstream() {
    }

    /** The NAL units of an Annex B stream, without their start codes. */
    static List<byte[]> splitAnnexB(byte[] stream) {
        List<byte[]> units = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i + 2 < stream.length) {
            if (stream[i] == 0 && stream[i + 1] == 0 && stream[i + 2] == 1) {
                if (start >= 0) {
                    units.add(trimmed(stream, start, i));
                }
                i += 3;
                start = i;
            } else {
                i++;
            }
        }
        if (start >= 0 && start < stream.length) {
            units.add(trimmed(stream, start, stream.length));
        }
        return units;
    }

    /**
     * An access unit in AVCC form: each slice NAL length-prefixed. Parameter sets and
     * delimiters are dropped, they live in the avcC record.
     */
    static byte[] toAvcc(byte[] annexB) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(annexB.length + 16);
        for (byte[] nal : splitAnnexB(annexB)) {
            int type = type(nal);
            if (type != NAL_SPS && type != NAL_PPS && type != NAL_AUD) {
                writeLengthPrefixed(out, nal);
            }
        }
        return out.toByteArray();
    }

    /** Builds an avcC record (ISO/IEC 14496-15) from Annex B parameter sets holding one SPS and one PPS. */
    static byte[] decoderConfiguration(byte[] annexBParameterSets) {
        byte[] sps = null;
        byte[] pps = null;
        for (byte[] nal : splitAnnexB(annexBParameterSets)) {
            if (type(nal) == NAL_SPS && sps == null) {
                sps = nal;
            } else if (type(nal) == NAL_PPS && pps == null) {
                pps = nal;
            }
        }
        if (sps == null || pps == null || sps.length < 4) {
            throw new IllegalArgumentException("the encoder's parameter sets lack an SPS or a PPS");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);                 // configurationVersion
        out.write(sps[1]);            // AVCProfileIndication
        out.write(sps[2]);            // profile_compatibility
        out.write(sps[3]);            // AVCLevelIndication
        out.write(0xFC | 3);          // lengthSizeMinusOne: 4-byte lengths
        out.write(0xE0 | 1);          // one SPS
        writeShortPrefixed(out, sps);
        out.write(1);                 // one PPS
        writeShortPrefixed(out, pps);
        return out.toByteArray();
    }

    /** The SPS and PPS NAL units of an avcC record, each with a 4-byte length prefix. */
    static byte[] parameterSetsAsAvcc(byte[] avcC) {
        if (avcC.length < 7 || avcC[0] != 1) {
            throw new IllegalArgumentException("not an avcC record");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 5;
        for (int kind = 0; kind < 2; kind++) {
            int count = kind == 0 ? avcC[at] & 0x1F : avcC[at] & 0xFF;
            at++;
            for (int n = 0; n < count; n++) {
                int length = ((avcC[at] & 0xFF) << 8) | (avcC[at + 1] & 0xFF);
                at += 2;
                byte[] nal = java.util.Arrays.copyOfRange(avcC, at, at + length);
                writeLengthPrefixed(out, nal);
                at += length;
            }
        }
        return out.toByteArray();
    }

    static int type(byte[] nal) {
        return nal.length == 0 ? -1 : nal[0] & 0x1F;
    }

    /** A 4-byte start code leaves a zero before the next unit's 3-byte one: it is not part of the unit. */
    private static byte[] trimmed(byte[] stream, int from, int to) {
        int end = to;
        while (end > from && stream[end - 1] == 0) {
            end--;
        }
        return java.util.Arrays.copyOfRange(stream, from, end);
    }

    private static void writeLengthPrefixed(ByteArrayOutputStream out, byte[] nal) {
        int n = nal.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.writeBytes(nal);
    }

    private static void writeShortPrefixed(ByteArrayOutputStream out, byte[] nal) {
        out.write(nal.length >>> 8);
        out.write(nal.length);
        out.writeBytes(nal);
    }
}
