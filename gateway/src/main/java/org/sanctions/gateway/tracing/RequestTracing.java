package org.sanctions.gateway.tracing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * First thing on every request: settle its id (accepted or generated), make it the request's own header so that
 * problems and the services see the same one, put it in the MDC (Quarkus keeps the MDC on the request's Vert.x
 * context, so every log line of the request carries it), return it, and write the access log line at the end.
 */
@ApplicationScoped
public class RequestTracing {

    /** Before CORS (300) and authentication (200), so that refusals are traced too. */
    static final int PRIORITY = 400;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        long start = System.nanoTime();
        String id = RequestIds.acceptOrGenerate(context.request().getHeader(RequestIds.HEADER));
        context.request().headers().set(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        context.addHeadersEndHandler(ignored -> context.response().headers().set(RequestIds.HEADER, id));
        context.addEndHandler(ignored -> {
            MDC.put(RequestIds.MDC_KEY, id);
            AccessLog.record(context, start);
        });
        context.next();
    }
}
