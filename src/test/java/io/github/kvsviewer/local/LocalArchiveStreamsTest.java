package io.github.kvsviewer.local;

import static io.github.kvsviewer.local.LocalArchiveFixture.T0;
import static io.github.kvsviewer.local.LocalArchiveFixture.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.StreamInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisvideo.KinesisVideoClient;
import software.amazon.awssdk.services.kinesisvideo.model.APIName;
import software.amazon.awssdk.services.kinesisvideo.model.ComparisonOperator;
import software.amazon.awssdk.services.kinesisvideo.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesisvideo.model.ListStreamsResponse;
import software.amazon.awssdk.services.kinesisvideo.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesisvideo.model.Status;

/** ListStreams, DescribeStream and GetDataEndpoint through the SDK v2 control-plane client. */
class LocalArchiveStreamsTest {

    @TempDir
    Path dir;
    LocalArchiveFixture archive;
    KinesisVideoClient kvs;

    @BeforeEach
    void start() throws Exception {
        archive = LocalArchiveFixture.start(dir);
        kvs = archive.controlPlane();
        for (String name : List.of("cafe-shelf-1", "cafe-shelf-2", "cafe-shelf-3", "cafe-entrance", "warehouse")) {
            archive.createStream(name);
        }
    }

    @AfterEach
    void stop() throws Exception {
        archive.close();
    }

    @Test
    void listStreamsPagesThroughEveryStreamOnce() {
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListStreamsResponse page = kvs.listStreams(b -> b.maxResults(2).nextToken(next));
            page.streamInfoList().forEach(s -> seen.add(s.streamName()));
            pageSizes.add(page.streamInfoList().size());
            token = page.nextToken();
        } while (token != null);

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactly("cafe-entrance", "cafe-shelf-1", "cafe-shelf-2", "cafe-shelf-3", "warehouse");
        assertThat(kvs.listStreamsPaginator(b -> b.maxResults(3)).streamInfoList()).hasSize(5);
    }

    @Test
    void listStreamsFiltersByNamePrefixAcrossPages() {
        List<String> names = kvs.listStreamsPaginator(b -> b.maxResults(1).streamNameCondition(c -> c
                        .comparisonOperator(ComparisonOperator.BEGINS_WITH).comparisonValue("cafe-shelf")))
                .streamInfoList().stream().map(s -> s.streamName()).toList();

        assertThat(names).containsExactly("cafe-shelf-1", "cafe-shelf-2", "cafe-shelf-3");
    }

    @Test
    void describeStreamByNameAndByArnGiveTheFullStreamInfo() {
        StreamInfo stored = archive.store.stream("cafe-entrance").orElseThrow();

        var byName = kvs.describeStream(b -> b.streamName("cafe-entrance")).streamInfo();
        var byArn = kvs.describeStream(b -> b.streamARN(stored.arn())).streamInfo();

        assertThat(byArn).isEqualTo(byName);
        assertThat(byName.streamName()).isEqualTo("cafe-entrance");
        assertThat(byName.streamARN()).isEqualTo(stored.arn());
        assertThat(byName.deviceName()).isEqualTo("test-camera");
        assertThat(byName.mediaType()).isEqualTo("video/h264");
        assertThat(byName.status()).isEqualTo(Status.ACTIVE);
        assertThat(byName.creationTime()).isEqualTo(T0.minus(Duration.ofDays(1)));
        assertThat(byName.dataRetentionInHours()).isEqualTo(24);
        assertThat(byName.version()).isEqualTo("1");
        assertThat(byName.kmsKeyId()).startsWith("arn:aws:kms:ap-northeast-1:");
    }

    @Test
    void dataEndpointIsTheServerItselfWithoutAPath() {
        for (APIName api : List.of(APIName.GET_CLIP, APIName.LIST_FRAGMENTS)) {
            String endpoint = kvs.getDataEndpoint(b -> b.streamName("warehouse").apiName(api)).dataEndpoint();
            assertThat(endpoint).isEqualTo(archive.server.endpoint().toString())
                    .matches("http://127\\.0\\.0\\.1:[0-9]+");
        }
    }

    @Test
    void afterCloseNothingAnswers(@TempDir Path otherDir) throws Exception {
        LocalArchiveFixture closed = LocalArchiveFixture.start(otherDir);
        closed.close();

        assertThatThrownBy(() -> closed.postSigned("/listStreams", "{}")).isInstanceOf(IOException.class);
    }

    @Test
    void unknownStreamIsResourceNotFound() {
        expectError(ResourceNotFoundException.class, 404, () -> kvs.describeStream(b -> b.streamName("nope")));
        expectError(ResourceNotFoundException.class, 404, () -> kvs.describeStream(
                b -> b.streamARN("arn:aws:kinesisvideo:ap-northeast-1:000000000000:stream/nope/1")));
        expectError(ResourceNotFoundException.class, 404,
                () -> kvs.getDataEndpoint(b -> b.streamName("nope").apiName(APIName.GET_CLIP)));
    }

    @Test
    void badArgumentsAreInvalidArgument() {
        expectError(InvalidArgumentException.class, 400, () -> kvs.describeStream(b -> { }));
        expectError(InvalidArgumentException.class, 400, () -> kvs.describeStream(b -> b.streamName("bad name!")));
        expectError(InvalidArgumentException.class, 400, () -> kvs.listStreams(b -> b.maxResults(0)));
        expectError(InvalidArgumentException.class, 400, () -> kvs.listStreams(b -> b.maxResults(10_001)));
        expectError(InvalidArgumentException.class, 400, () -> kvs.listStreams(b -> b.nextToken("bm90LWEtdG9rZW4=")));
        expectError(InvalidArgumentException.class, 400, () -> kvs.listStreams(b -> b.nextToken("%%%")));
        expectError(InvalidArgumentException.class, 400, () -> kvs.getDataEndpoint(b -> b.streamName("warehouse")));
        expectError(InvalidArgumentException.class, 400,
                () -> kvs.getDataEndpoint(b -> b.streamName("warehouse").apiName("NO_SUCH_API")));
    }
}
