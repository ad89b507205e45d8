package org.sanctions.gateway.tracing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.sanctions.gateway.identity.Caller;

/**
 * One line per request on logger {@code org.sanctions.gateway.access}: client, user, method, route, path, status,
 * latency and bytes each way. Never a body, a query string (it can hold the names being screened) or a header.
 */
public final class AccessLog {

    /**
     * Routing context key under which the forwarding route puts the matched route pattern, printed as route=. The key
     * lives here, with its reader, so that tracing depends on no routing class (routing depends on tracing).
     */
    public static final String ROUTE_KEY = "gateway.route";

    private static final Logger LOG = Logger.getLogger("org.sanctions.gateway.access");

    private AccessLog() {
    }

    static void record(RoutingContext context, long startNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        Caller caller = Caller.of(context);
        String route = context.get(ROUTE_KEY);
        long latencyMs = (System.nanoTime() - startNanos) / 1_000_000;
        int status = response.ended() ? response.getStatusCode() : 0;
        // built by hand: String.format's parsing was the largest part of the line's cost in the profile
        StringBuilder line = new StringBuilder(160).append("client=").append(orDash(caller.clientId()))
                .append(" user=").append(orDash(caller.username())).append(" method=").append(request.method())
                .append(" route=").append(orDash(route)).append(" path=").append(context.normalizedPath())
                .append(" status=").append(status).append(" latencyMs=").append(latencyMs)
                .append(" bytesIn=").append(request.bytesRead()).append(" bytesOut=").append(response.bytesWritten());
        LOG.info(line);
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
