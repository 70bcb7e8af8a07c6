package io.github.kvsviewer.aws;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.services.kinesisvideo.KinesisVideoClient;
import software.amazon.awssdk.services.kinesisvideo.model.APIName;

/**
 * Data-plane endpoints per stream and API. KVS serves archived media from a
 * different host per stream (calling GetClip on the control-plane endpoint
 * fails), so each data call first asks GetDataEndpoint; the answer is cached.
 */
final class DataEndpoints {

    private record Key(String stream, APIName api) {
    }

    private final KinesisVideoClient control;
    private final Map<Key, URI> cache = new ConcurrentHashMap<>();

    DataEndpoints(KinesisVideoClient control) {
        this.control = control;
    }

    URI of(String stream, APIName api) {
        return cache.computeIfAbsent(new Key(stream, api), lookup());
    }

    private Function<Key, URI> lookup() {
        return key -> URI.create(control.getDataEndpoint(b -> b.streamName(key.stream()).apiName(key.api()))
                .dataEndpoint());
    }
}
