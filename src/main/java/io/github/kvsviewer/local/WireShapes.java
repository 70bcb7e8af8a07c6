package io.github.kvsviewer.local;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import java.math.BigDecimal;
import java.time.Instant;

/** The JSON shapes of the KVS service model that the local archive answers with. */
final class WireShapes {

    /**
     * Floats are read as BigDecimal so a timestamp keeps its exact milliseconds, and
     * written plain so clients never see 1.73250000125E9.
     */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private WireShapes() {
    }

    /** rest-json timestamps: epoch seconds, milliseconds as decimals. */
    static BigDecimal timestamp(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    static ObjectNode streamInfo(StreamInfo info) {
        ObjectNode node = JSON.createObjectNode();
        node.put("DeviceName", info.deviceName());
        node.put("StreamName", info.name());
        node.put("StreamARN", info.arn());
        node.put("MediaType", info.mediaType());
        node.put("KmsKeyId", defaultKmsKey(info.arn()));
        node.put("Version", info.version());
        node.put("Status", "ACTIVE");
        node.put("CreationTime", timestamp(info.creationTime()));
        node.put("DataRetentionInHours", info.retentionHours());
        return node;
    }

    static ObjectNode fragment(Fragment fragment) {
        ObjectNode node = JSON.createObjectNode();
        node.put("FragmentNumber", fragment.number());
        node.put("FragmentSizeInBytes", fragment.sizeBytes());
        node.put("ProducerTimestamp", timestamp(fragment.producerTime()));
        node.put("ServerTimestamp", timestamp(fragment.serverTime()));
        node.put("FragmentLengthInMilliseconds", fragment.length().toMillis());
        return node;
    }

    /** Streams created without a key use the account's KVS-managed key; KVS reports its alias ARN. */
    private static String defaultKmsKey(String streamArn) {
        String[] parts = streamArn.split(":", 6);
        String region = parts.length > 4 ? parts[3] : "";
        String account = parts.length > 4 ? parts[4] : "";
        return "arn:aws:kms:" + region + ":" + account + ":alias/aws/kinesisvideo";
    }
}
