package org.sanctions.gateway.tracing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.sanctions.gateway.identity.Caller;
import org.sanctions.gateway.routing.GatewayRoute;

/**
 * One line per request on logger {@code org.sanctions.gateway.access}: client, user, method, route, path, status,
 * latency and bytes each way. Never a body, a query string (it can hold the names being screened) or a header.
 */
final class AccessLog {

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
        String route = context.get(GatewayRoute.ROUTE_KEY);
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
