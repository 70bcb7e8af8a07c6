package io.github.kvsviewer.aws;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.VideoArchive;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesisvideo.KinesisVideoClient;
import software.amazon.awssdk.services.kinesisvideo.model.ComparisonOperator;
import software.amazon.awssdk.services.kinesisvideo.model.ListStreamsRequest;
import software.amazon.awssdk.services.kinesisvideo.model.StreamNameCondition;

/**
 * {@link VideoArchive} over the AWS SDK for Java v2. The same class serves real
 * KVS and the local archive: only the endpoint and the credentials differ.
 */
public final class AwsVideoArchive implements VideoArchive {

    private final KinesisVideoClient control;

    private AwsVideoArchive(KinesisVideoClient control) {
        this.control = control;
    }

    public static AwsVideoArchive connect(ArchiveConnection connection) {
        var builder = KinesisVideoClient.builder()
                .region(Region.of(connection.region()))
                .credentialsProvider(credentials(connection))
                .httpClientBuilder(ApacheHttpClient.builder());
        connection.endpointOverride().ifPresent(builder::endpointOverride);
        return new AwsVideoArchive(builder.build());
    }

    private static AwsCredentialsProvider credentials(ArchiveConnection connection) {
        if (connection.staticKeys().isPresent()) {
            var keys = connection.staticKeys().get();
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(keys.accessKey(), keys.secretKey()));
        }
        return connection.profile()
                .<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    @Override
    public List<StreamInfo> listStreams(String namePrefix) {
        var request = ListStreamsRequest.builder();
        if (!namePrefix.isEmpty()) {
            request.streamNameCondition(StreamNameCondition.builder()
                    .comparisonOperator(ComparisonOperator.BEGINS_WITH).comparisonValue(namePrefix).build());
        }
        // The paginator follows NextToken until the last page.
        return control.listStreamsPaginator(request.build()).streamInfoList().stream()
                .map(AwsVideoArchive::toStreamInfo)
                .toList();
    }

    private static StreamInfo toStreamInfo(software.amazon.awssdk.services.kinesisvideo.model.StreamInfo info) {
        return new StreamInfo(info.streamName(), info.streamARN(), nullToEmpty(info.mediaType()),
                nullToEmpty(info.deviceName()), info.dataRetentionInHours() == null ? 0 : info.dataRetentionInHours(),
                info.creationTime(), nullToEmpty(info.version()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() {
        control.close();
    }
}
