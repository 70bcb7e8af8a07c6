package io.github.kvsviewer.local;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * H.264 packets as a demuxer hands them out, in the AVCC form the store keeps.
 * MP4, MOV and Matroska carry AVCC already, with an avcC record as extradata: their
 * packets are kept byte for byte. MPEG-TS and raw .h264 carry Annex B with the
 * parameter sets in band: those are converted, and each SPS/PPS pair seen becomes
 * the avcC of the fragments that follow. Not thread-safe (it remembers the last
 * parameter sets).
 */
final class H264Packets {

    private final boolean annexB;
    /** Bytes of each NAL length prefix in the input (AVCC only); the store always uses 4. */
    private final int lengthSize;
    private byte[] codecPrivateData;

    private H264Packets(boolean annexB, int lengthSize, byte[] codecPrivateData) {
        this.annexB = annexB;
        this.lengthSize = lengthSize;
        this.codecPrivateData = codecPrivateData;
    }

    /** Reads the stream's extradata: an avcC record, Annex B parameter sets, or nothing. */
    static H264Packets forExtradata(byte[] extradata) {
        if (extradata.length >= 7 && extradata[0] == 1) {
            int lengthSize = (extradata[4] & 3) + 1;
            byte[] avcC = extradata.clone();
            avcC[4] = (byte) 0xFF; // lengthSizeMinusOne = 3: packets are rewritten to 4-byte lengths if needed
            return new H264Packets(false, lengthSize, avcC);
        }
        return new H264Packets(true, 4, hasParameterSets(extradata) ? AvcBitstream.decoderConfiguration(extradata) : null);
    }

    /** The avcC for a fragment starting now: the latest parameter sets seen, empty before any. */
    Optional<byte[]> codecPrivateData() {
        return Optional.ofNullable(codecPrivateData);
    }

    /** True when the packet holds an IDR slice: the only picture a fragment may start with. */
    boolean isIdr(byte[] packet) {
        if (annexB) {
            return AvcBitstream.splitAnnexB(packet).stream().anyMatch(nal -> AvcBitstream.type(nal) == AvcBitstream.NAL_IDR);
        }
        int at = 0;
        while (at + lengthSize < packet.length) {
            int length = length(packet, at);
            at += lengthSize;
            if (length <= 0 || at + length > packet.length) {
                return false; // malformed: not something to start a fragment with
            }
            if ((packet[at] & 0x1F) == AvcBitstream.NAL_IDR) {
                return true;
            }
            at += length;
        }
        return false;
    }

    /**
     * The packet as stored: AVCC with 4-byte lengths. Input that is already that comes
     * back unchanged (the same array). Annex B parameter sets are taken out of the
     * picture and remembered as the new avcC.
     */
    byte[] toStored(byte[] packet) {
        if (annexB) {
            if (hasParameterSets(packet)) {
                codecPrivateData = AvcBitstream.decoderConfiguration(packet);
            }
            return AvcBitstream.toAvcc(packet);
        }
        if (lengthSize == 4) {
            return packet;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(packet.length + 16);
        int at = 0;
        while (at + lengthSize <= packet.length) {
            int length = Math.min(length(packet, at), packet.length - at - lengthSize);
            at += lengthSize;
            out.write(length >>> 24);
            out.write(length >>> 16);
            out.write(length >>> 8);
            out.write(length);
            out.write(packet, at, length);
            at += length;
        }
        return out.toByteArray();
    }

    private int length(byte[] packet, int at) {
        int length = 0;
        for (int i = 0; i < lengthSize; i++) {
            length = (length << 8) | (packet[at + i] & 0xFF);
        }
        return length;
    }

    private static boolean hasParameterSets(byte[] annexB) {
        boolean sps = false;
        boolean pps = false;
        for (byte[] nal : AvcBitstream.splitAnnexB(annexB)) {
            sps |= AvcBitstream.type(nal) == AvcBitstream.NAL_SPS && nal.length >= 4;
            pps |= AvcBitstream.type(nal) == AvcBitstream.NAL_PPS;
        }
        return sps && pps;
    }
}
