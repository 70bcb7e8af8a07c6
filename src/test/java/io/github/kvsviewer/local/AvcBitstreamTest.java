package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AvcBitstreamTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String SPS = "6742c01f8c6805005ba6a0c0c0c0f08846a0";
    private static final String PPS = "68ce3c80";

    @Test
    void splitsOnThreeAndFourByteStartCodes() {
        byte[] stream = HEX.parseHex("00000001" + SPS + "000001" + PPS + "00000001" + "65888400");

        assertThat(AvcBitstream.splitAnnexB(stream)).extracting(HEX::formatHex)
                .containsExactly(SPS, PPS, "65888400".substring(0, 6)); // trailing zero bytes belong to no unit
    }

    @Test
    void anAccessUnitBecomesLengthPrefixedSlicesOnly() {
        byte[] annexB = HEX.parseHex("00000001" + "0910" + "00000001" + SPS + "00000001" + PPS + "00000001" + "658884aa"
                + "000001" + "658884bb");

        assertThat(HEX.formatHex(AvcBitstream.toAvcc(annexB))).isEqualTo("00000004658884aa" + "00000004658884bb");
    }

    @Test
    void buildsAnAvcCRecordAndReadsItsParameterSetsBack() {
        byte[] avcC = AvcBitstream.decoderConfiguration(HEX.parseHex("00000001" + SPS + "00000001" + PPS));

        // version 1, profile/compatibility/level from the SPS, 4-byte lengths, one SPS, one PPS
        assertThat(HEX.formatHex(avcC)).isEqualTo("0142c01fffe1" + "0012" + SPS + "01" + "0004" + PPS);
        assertThat(HEX.formatHex(AvcBitstream.parameterSetsAsAvcc(avcC)))
                .isEqualTo("00000012" + SPS + "00000004" + PPS);
    }
}
