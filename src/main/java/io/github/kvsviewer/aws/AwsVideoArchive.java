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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import software.amazon.awssdk.services.kinesisvideo.model.ListStreamsResponse;
import software.amazon.awssdk.services.kinesisvideo.model.StreamNameCondition;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.KinesisVideoArchivedMediaClient;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ClipFragmentSelectorType;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.FragmentSelectorType;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.GetClipResponse;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ListFragmentsRequest;
import software.amazon.awssdk.services.kinesisvideoarchivedmedia.model.ListFragmentsResponse;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * {@link VideoArchive} over the AWS SDK for Java v2. The same class serves real
 * KVS and the local archive: only the endpoint and the credentials differ.
 *
 * <p>Every call is retried when KVS throttles it (the SDK does not), each page of
 * a listing on its own; every failure leaves as an {@link ArchiveException}.
 */
public final class AwsVideoArchive implements VideoArchive {

    private static final Logger log = LoggerFactory.getLogger(AwsVideoArchive.class);
    private static final int READ_BUFFER = 256 * 1024;
    /** The most ListFragments returns per page. */
    private static final long FRAGMENTS_PER_PAGE = 1000;

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
        this.errors = new ErrorTranslator(connection);
        this.http = ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(60)).build();
        this.credentials = credentials(connection);
        var builder = KinesisVideoClient.builder().region(Region.of(connection.region()))
                .credentialsProvider(credentials).httpClient(http);
        connection.endpointOverride().ifPresent(builder::endpointOverride);
        this.control = builder.build();
        this.endpoints = new DataEndpoints(control);
    }

    /** Builds the clients; nothing is sent until the first call, so a wrong profile shows there. */
    public static AwsVideoArchive connect(ArchiveConnection connection) {
        return connect(connection, ThrottleRetry.standard());
    }

    /** For tests: a custom throttle policy. */
    static AwsVideoArchive connect(ArchiveConnection connection, ThrottleRetry retry) {
        Objects.requireNonNull(connection, "connection");
        try {
            return new AwsVideoArchive(connection, retry);
        } catch (SdkException e) {
            throw new ErrorTranslator(connection).translate(e, "Connecting", "");
        }
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
        ListStreamsRequest first = request.build();
        return allPages("ListStreams", "",
                token -> control.listStreams(first.toBuilder().nextToken(token).build()),
                ListStreamsResponse::nextToken,
                page -> page.streamInfoList().stream().map(AwsVideoArchive::toStreamInfo).toList());
    }

    @Override
    public StreamInfo describeStream(String streamName) {
        return call("DescribeStream", streamName, TransferListener.NONE,
                () -> toStreamInfo(control.describeStream(b -> b.streamName(streamName)).streamInfo()));
    }

    @Override
    public List<Fragment> listFragments(String streamName, TimeRange range, TimestampKind kind) {
        var media = mediaClient(streamName, APIName.LIST_FRAGMENTS, TransferListener.NONE);
        ListFragmentsRequest first = ListFragmentsRequest.builder().streamName(streamName)
                .maxResults(FRAGMENTS_PER_PAGE)
                .fragmentSelector(s -> s.fragmentSelectorType(FragmentSelectorType.fromValue(kind.wireName()))
                        .timestampRange(t -> t.startTimestamp(range.start()).endTimestamp(range.end())))
                .build();
        List<Fragment> fragments = new ArrayList<>(allPages("ListFragments", streamName,
                token -> media.listFragments(first.toBuilder().nextToken(token).build()),
                ListFragmentsResponse::nextToken,
                page -> page.fragments().stream()
                        .map(f -> new Fragment(f.fragmentNumber(), f.producerTimestamp(), f.serverTimestamp(),
                                Duration.ofMillis(f.fragmentLengthInMilliseconds()), f.fragmentSizeInBytes()))
                        .toList()));
        // KVS does not order fragments, not even within a page: sort after reading every page.
        fragments.sort(Fragment.BY_PRODUCER_TIME);
        return List.copyOf(fragments);
    }

    /**
     * Reads every page, following NextToken. Each page is one call of its own, so a
     * throttled page is retried without starting the listing over.
     */
    private <R, T> List<T> allPages(String operation, String stream, Function<String, R> fetch,
            Function<R, String> nextToken, Function<R, List<T>> items) {
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            R page = call(operation, stream, TransferListener.NONE, () -> fetch.apply(current));
            all.addAll(items.apply(page));
            token = nextToken.apply(page);
            if (token != null && token.equals(current)) {
                throw new ArchiveException(ArchiveException.Kind.UNEXPECTED, operation + " returned the same page "
                        + "token twice. Try again; if it keeps happening, see the log.");
            }
        } while (token != null && !token.isEmpty());
        return all;
    }

    /**
     * The listener hears the bytes so far against an estimate (the fragments' sizes,
     * never below what has arrived), then once more with the final size as the total.
     */
    @Override
    public ClipBytes getClip(String streamName, TimeRange range, TimestampKind kind, List<Fragment> expectedFragments,
            TransferListener listener) {
        long estimate = expectedFragments.stream().mapToLong(Fragment::sizeBytes).sum();
        var media = mediaClient(streamName, APIName.GET_CLIP, listener);
        return call("GetClip", streamName, listener, () -> {
            ResponseInputStream<GetClipResponse> body = media.getClip(b -> b.streamName(streamName)
                    .clipFragmentSelector(s -> s.fragmentSelectorType(ClipFragmentSelectorType.fromValue(kind.wireName()))
                            .timestampRange(t -> t.startTimestamp(range.start()).endTimestamp(range.end()))));
            return new ClipBytes(readAll(body, streamName, estimate, listener), range, expectedFragments);
        });
    }

    private byte[] readAll(ResponseInputStream<GetClipResponse> body, String stream, long estimate,
            TransferListener listener) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8,
                Math.max(READ_BUFFER, estimate + estimate / 8)));
        byte[] buffer = new byte[READ_BUFFER];
        long received = 0;
        try (body) {
            while (true) {
                if (listener.isCancelled()) {
                    // Without draining the rest: the connection is dropped, not reused.
                    body.abort();
                    throw new ArchiveException(ArchiveException.Kind.CANCELLED, "The download was cancelled.");
                }
                int n = body.read(buffer);
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                received += n;
                listener.bytesReceived(received, estimate > 0 ? Math.max(estimate, received) : -1);
            }
        } catch (IOException e) {
            body.abort();
            throw errors.network("the download of '" + stream + "' from " + errors.target() + " broke off after "
                    + kilobytes(received), e);
        }
        listener.bytesReceived(received, received);
        return out.toByteArray();
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : (bytes / 1024) + " KB";
    }

    private KinesisVideoArchivedMediaClient mediaClient(String stream, APIName api, TransferListener listener) {
        // Looked up in its own call, so an unknown stream reads as such, not as "no footage".
        URI endpoint = call("GetDataEndpoint", stream, listener, () -> endpoints.of(stream, api));
        return mediaClients.computeIfAbsent(endpoint, uri -> KinesisVideoArchivedMediaClient.builder()
                .region(Region.of(connection.region())).credentialsProvider(credentials).httpClient(http)
                .endpointOverride(uri).build());
    }

    private <T> T call(String operation, String stream, TransferListener listener, Supplier<T> call) {
        TransferListener heard = listener == TransferListener.NONE ? loggingWaits(operation, stream) : listener;
        try {
            return retry.call(call, heard);
        } catch (ArchiveException e) {
            throw e;
        } catch (SdkException e) {
            ArchiveException translated = errors.translate(e, operation, stream);
            log.info("{} failed: {} ({})", about(operation, stream), translated.kind(), e.toString());
            throw translated;
        } catch (RuntimeException e) {
            log.warn("{} failed unexpectedly", about(operation, stream), e);
            throw errors.unexpected(e, operation);
        }
    }

    /** Calls without a listener (the listings) still leave a trace of their waits. */
    private static TransferListener loggingWaits(String operation, String stream) {
        return new TransferListener() {
            @Override
            public void waiting(String reason) {
                log.info("{}: {}", about(operation, stream), reason);
            }
        };
    }

    private static String about(String operation, String stream) {
        return stream.isEmpty() ? operation : operation + " " + stream;
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
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close(); // a profile's SSO clients
        }
        http.close();
    }
}
