package org.sanctions.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
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

    /**
     * A pooled connection unused for this long is closed by the gateway (whole seconds). It must stay clearly below
     * the services' own keep-alive limit ({@code quarkus.http.idle-timeout}, 120S in both services), so that the
     * gateway drops an idle connection before the service does and never sends a request into one being closed.
     */
    @WithDefault("30S")
    Duration keepAliveTimeout();

    /**
     * Largest body, by its Content-Length, that is read whole before it is forwarded, so that a request whose pooled
     * connection turns out to be closed can be sent again on a fresh one. Larger and chunked bodies stream through
     * and are never sent twice.
     */
    @WithDefault("64K")
    MemorySize replayableBody();

    /** The base URL of a service. */
    default URI url(Upstream upstream) {
        return upstream == Upstream.REGISTRY ? registryUrl() : lookupUrl();
    }
}
