package org.sanctions.gateway.routing;

import io.vertx.core.MultiMap;
import java.util.List;

/**
 * Removes the headers that belong to one connection and must not travel on (RFC 9110 section 7.6.1): those the
 * Connection header names (an h2c upgrade's HTTP2-Settings, for instance) and the classic hop-by-hop ones that
 * vertx-http-proxy does not already drop.
 */
final class ConnectionHeaders {

    private static final List<String> ALWAYS = List.of("Keep-Alive", "Proxy-Connection", "HTTP2-Settings");

    private ConnectionHeaders() {
    }

    static void strip(MultiMap headers) {
        for (String connection : headers.getAll("Connection")) {
            for (String name : connection.split(",")) {
                if (!name.isBlank()) {
                    headers.remove(name.trim());
                }
            }
        }
        ALWAYS.forEach(headers::remove);
    }
}
