package io.github.kvsviewer.aws;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import io.github.kvsviewer.archive.TransferListener;
import io.github.kvsviewer.archive.VideoArchive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesisvideo.KinesisVideoClient;
import software.amazon.awssdk.services.kinesisvideo.model.APIName;
import software.amazon.awssdk.services.kinesisvideo.model.ComparisonOperator;
import software.amazon.awssdk.services.kinesisvideo.model.ListStreamsRequest;
import software.amazon.awssdk.services.kinesisvideo.model.StreamNameCondition;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.KinesisVideoArchivedMediaClient;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ClipFragmentSelectorType;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.FragmentSelectorType;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.GetClipResponse;

/**
 * {@link VideoArchive} over the AWS SDK for Java v2. The same class serves real
 * KVS and the local archive: only the endpoint and the credentials differ.
 */
public final class AwsVideoArchive implements VideoArchive {

    private static final int READ_BUFFER = 256 * 1024;

    private final ArchiveConnection connection;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final KinesisVideoClient control;
    private final DataEndpoints endpoints;
    private final Map<URI, KinesisVideoArchivedMediaClient> mediaClients = new ConcurrentHashMap<>();
    private final ErrorTranslator errors;
    private final ThrottleRetry retry;

    private AwsVideoArchive(ArchiveConnection connection, ThrottleRetry retry) {
        this.connection = connection;
        this.retry = retry;
        this.http = ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(60)).build();
        this.credentials = credentials(connection);
        var builder = KinesisVideoClient.builder().region(Region.of(connection.region()))
                .credentialsProvider(credentials).httpClient(http);
        connection.endpointOverride().ifPresent(builder::endpointOverride);
        this.control = builder.build();
        this.endpoints = new DataEndpoints(control);
        this.errors = new ErrorTranslator(connection.profile());
    }

    public static AwsVideoArchive connect(ArchiveConnection connection) {
        return new AwsVideoArchive(connection, ThrottleRetry.standard());
    }

    /** For tests: a custom throttle policy. */
    static AwsVideoArchive connect(ArchiveConnection connection, ThrottleRetry retry) {
        return new AwsVideoArchive(connection, retry);
    }

    private static AwsCredentialsProvider credentials(ArchiveConnection connection) {
        if (connection.staticKeys().isPresent()) {
            var keys = connection.staticKeys().get();
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(keys.accessKey(), keys.secretKey()));
        }
        // Profiles include SSO ones: the sso and ssooidc modules on the classpath let the SDK use the cached token.
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
        return call("ListStreams", "", TransferListener.NONE, () -> control.listStreamsPaginator(request.build())
                .streamInfoList().stream().map(AwsVideoArchive::toStreamInfo).toList());
    }

    @Override
    public StreamInfo describeStream(String streamName) {
        return call("DescribeStream", streamName, TransferListener.NONE,
                () -> toStreamInfo(control.describeStream(b -> b.streamName(streamName)).streamInfo()));
    }

    @Override
    public List<Fragment> listFragments(String streamName, TimeRange range, TimestampKind kind) {
        return call("ListFragments", streamName, TransferListener.NONE, () -> {
            var media = mediaClient(streamName, APIName.LIST_FRAGMENTS);
            // KVS does not order fragments, not even within a page: sort after reading every page.
            return media.listFragmentsPaginator(b -> b.streamName(streamName).maxResults(1000L)
                            .fragmentSelector(s -> s.fragmentSelectorType(FragmentSelectorType.fromValue(kind.wireName()))
                                    .timestampRange(t -> t.startTimestamp(range.start()).endTimestamp(range.end()))))
                    .fragments().stream()
                    .map(f -> new Fragment(f.fragmentNumber(), f.producerTimestamp(), f.serverTimestamp(),
                            Duration.ofMillis(f.fragmentLengthInMilliseconds()), f.fragmentSizeInBytes()))
                    .sorted(Fragment.BY_PRODUCER_TIME)
                    .toList();
        });
    }

    @Override
    public ClipBytes getClip(String streamName, TimeRange range, TimestampKind kind, List<Fragment> expectedFragments,
            TransferListener listener) {
        long expectedBytes = expectedFragments.stream().mapToLong(Fragment::sizeBytes).sum();
        return call("GetClip", streamName, listener, () -> {
            var media = mediaClient(streamName, APIName.GET_CLIP);
            try (ResponseInputStream<GetClipResponse> body = media.getClip(b -> b.streamName(streamName)
                    .clipFragmentSelector(s -> s.fragmentSelectorType(ClipFragmentSelectorType.fromValue(kind.wireName()))
                            .timestampRange(t -> t.startTimestamp(range.start()).endTimestamp(range.end()))))) {
                return new ClipBytes(readAll(body, expectedBytes, listener), range, expectedFragments);
            } catch (IOException e) {
                throw SdkException.builder().message("The clip download broke off: " + e.getMessage()).cause(e).build();
            }
        });
    }

    private static byte[] readAll(ResponseInputStream<GetClipResponse> body, long expectedBytes,
            TransferListener listener) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8,
                Math.max(READ_BUFFER, expectedBytes + expectedBytes / 8)));
        byte[] buffer = new byte[READ_BUFFER];
        long received = 0;
        for (int n; (n = body.read(buffer)) >= 0; ) {
            if (listener.isCancelled()) {
                body.abort();
                throw new ArchiveException(ArchiveException.Kind.CANCELLED, "The download was cancelled.");
            }
            out.write(buffer, 0, n);
            received += n;
            listener.bytesReceived(received, expectedBytes > 0 ? expectedBytes : -1);
        }
        return out.toByteArray();
    }

    private KinesisVideoArchivedMediaClient mediaClient(String stream, APIName api) {
        // Looked up in its own call, so an unknown stream reads as such, not as "no footage".
        URI endpoint = call("GetDataEndpoint", stream, TransferListener.NONE, () -> endpoints.of(stream, api));
        return mediaClients.computeIfAbsent(endpoint, uri -> KinesisVideoArchivedMediaClient.builder()
                .region(Region.of(connection.region())).credentialsProvider(credentials).httpClient(http)
                .endpointOverride(uri).build());
    }

    private <T> T call(String operation, String stream, TransferListener listener, Supplier<T> call) {
        try {
            return retry.call(call, listener);
        } catch (SdkException e) {
            throw errors.translate(e, operation, stream);
        }
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
        mediaClients.values().forEach(KinesisVideoArchivedMediaClient::close);
        control.close();
        http.close();
    }
}
