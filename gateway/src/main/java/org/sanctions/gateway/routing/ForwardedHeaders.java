package org.sanctions.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/**
 * The X-Forwarded-* headers a service needs to know the original caller and URL. The caller's own X-Forwarded-For
 * chain is kept and extended (a load balancer in front adds to it); Host and Proto describe the request as the
 * gateway received it, which honours a trusted proxy's headers when quarkus.http.proxy.* is configured.
 */
final class ForwardedHeaders {

    private ForwardedHeaders() {
    }

    static void apply(HttpServerRequest request, MultiMap upstreamHeaders) {
        SocketAddress remote = request.remoteAddress();
        String client = remote == null ? "unknown" : remote.hostAddress();
        String chain = request.getHeader("X-Forwarded-For");
        upstreamHeaders.set("X-Forwarded-For", chain == null || chain.isBlank() ? client : chain + ", " + client);
        upstreamHeaders.set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        HostAndPort authority = request.authority();
        if (authority != null) {
            upstreamHeaders.set("X-Forwarded-Host", authority.toString());
        }
    }
}
