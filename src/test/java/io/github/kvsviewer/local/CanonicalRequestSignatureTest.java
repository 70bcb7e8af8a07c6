package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-built SigV4 path against published and botocore-computed signatures. */
class CanonicalRequestSignatureTest {

    /** "post-vanilla" from the AWS SigV4 test suite (the same value botocore computes). */
    @Test
    void matchesTheSigV4TestSuite() {
        ReceivedRequest request = new ReceivedRequest("POST", "/", "",
                Map.of("host", List.of("example.amazonaws.com"), "x-amz-date", List.of("20150830T123600Z")),
                new byte[0]);
        SigV4Authorization authorization = new SigV4Authorization("AKIDEXAMPLE", "20150830", "us-east-1", "service",
                List.of("host", "x-amz-date"), "");

        assertThat(CanonicalRequestSignature.compute(request, authorization, "20150830T123600Z",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
                .isEqualTo("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    @Test
    void matchesBotocoreOnAKinesisVideoRequest() {
        ReceivedRequest request = new ReceivedRequest("POST", "/listStreams", "",
                Map.of("host", List.of("localarchive.test:4566"), "x-amz-date", List.of("20241125T020000Z"),
                        "content-type", List.of("application/json")),
                "{\"MaxResults\": 5}".getBytes(StandardCharsets.UTF_8));
        SigV4Authorization authorization = new SigV4Authorization("AKIDLOCALTEST", "20241125", "ap-northeast-1",
                "kinesisvideo", List.of("content-type", "host", "x-amz-date"), "");

        assertThat(CanonicalRequestSignature.compute(request, authorization, "20241125T020000Z", "local-test-secret"))
                .isEqualTo("7ee9b743fe959449c062641f9de7438c00d6d174b871aae09cdf5ddf41c451af");
    }
}
