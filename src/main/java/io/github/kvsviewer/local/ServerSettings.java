package io.github.kvsviewer.local;

import java.net.InetAddress;
import java.util.Objects;

/**
 * How the local archive listens and whom it lets in: the address and port to bind
 * (port 0 picks any free port), the region it names in stream ARNs, and the one
 * access key / secret pair whose SigV4 signatures it accepts.
 */
public record ServerSettings(InetAddress bindAddress, int port, String region, String accessKey, String secretKey) {

    public ServerSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (region.isBlank() || accessKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalArgumentException("region, access key and secret key must not be blank");
        }
    }

    /** Loopback only, on any free port: the default for the embedded archive. */
    public static ServerSettings loopback(String region, String accessKey, String secretKey) {
        return new ServerSettings(InetAddress.getLoopbackAddress(), 0, region, accessKey, secretKey);
    }

    /** Never prints the secret: settings end up in logs. */
    @Override
    public String toString() {
        return "ServerSettings[bindAddress=" + bindAddress.getHostAddress() + ", port=" + port + ", region=" + region
                + ", accessKey=" + accessKey + ", secretKey=****]";
    }
}
