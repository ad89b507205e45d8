package org.sanctions.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where the services are and how long the gateway waits for them. */
@ConfigMapping(prefix = "gateway.upstream")
public interface UpstreamConfig {

    /** Base URL of registry-service (environment REGISTRY_URL), scheme, host and port only. */
    URI registryUrl();

    /** Base URL of lookup-service (environment LOOKUP_URL), scheme, host and port only. */
    URI lookupUrl();

    /** Longest wait for a TCP connection to a service (then 504). */
    @WithDefault("5S")
    Duration connectTimeout();

    /**
     * Longest silence from a service once the whole request is sent: no response headers, or no further body
     * bytes, for this long gives 504. Above the change feed's 30 s long poll.
     */
    @WithDefault("40S")
    Duration responseTimeout();

    /** Connections kept open to each service. */
    @WithDefault("64")
    int maxConnections();

    /** A connection with no traffic either way for this long is closed (this also ends a stalled upload). */
    @WithDefault("60S")
    Duration idleTimeout();

    /** The base URL of a service. */
    default URI url(Upstream upstream) {
        return upstream == Upstream.REGISTRY ? registryUrl() : lookupUrl();
    }
}
