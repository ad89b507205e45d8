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
        LOG.infof("client=%s user=%s method=%s route=%s path=%s status=%d latencyMs=%d bytesIn=%d bytesOut=%d",
                orDash(caller.clientId()), orDash(caller.username()), request.method(), orDash(route),
                context.normalizedPath(), status, latencyMs, request.bytesRead(), response.bytesWritten());
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
