package org.sanctions.gateway.routing;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.sanctions.gateway.identity.AuthProblems;
import org.sanctions.gateway.identity.Caller;
import org.sanctions.gateway.limits.JobSlots;
import org.sanctions.gateway.limits.LimitProblems;
import org.sanctions.gateway.limits.LimitsConfig;
import org.sanctions.gateway.limits.RateLimiter;
import org.sanctions.gateway.problem.Problem;
import org.sanctions.gateway.problem.ProblemResponder;
import org.sanctions.gateway.tracing.AccessLog;

/**
 * The forwarding route: every request under /api that the route table knows is admitted here (token, role, rate,
 * body size, jobs in flight, in that order) and only then forwarded. It runs after Quarkus has authenticated the
 * bearer token, and before the gateway's own REST endpoints, which get the paths the table does not know.
 */
@ApplicationScoped
public class GatewayRoute {

    /** Request context local that Quarkus' HTTP metrics take as the uri tag (instead of the path, ids and all). */
    private static final String METRICS_URI_TEMPLATE = "UrlPathTemplate";

    private final UpstreamProxy proxy;
    private final RateLimiter rateLimiter;
    private final JobSlots jobSlots;
    private final LimitsConfig limits;
    private final ProblemResponder problems;

    public GatewayRoute(UpstreamProxy proxy, RateLimiter rateLimiter, JobSlots jobSlots, LimitsConfig limits,
            ProblemResponder problems) {
        this.proxy = proxy;
        this.rateLimiter = rateLimiter;
        this.jobSlots = jobSlots;
        this.limits = limits;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    void handle(RoutingContext context) {
        RouteTable.Resolution resolution = RouteTable.resolve(context.request().method(), context.normalizedPath());
        if (resolution instanceof RouteTable.MethodNotAllowed notAllowed) {
            labelMetrics(notAllowed.pattern());
            String allow = String.join(", ", notAllowed.allowed());
            problems.send(context, Problem.of("method-not-allowed", "Method not allowed", 405,
                    "This resource accepts " + allow + ".", context.normalizedPath(), requestId(context)),
                    Map.of("Allow", allow));
        } else if (resolution instanceof RouteTable.Matched matched) {
            context.request().pause();
            context.put(AccessLog.ROUTE_KEY, matched.route().pattern());
            labelMetrics(matched.route().pattern());
            admit(context, matched.route());
        } else {
            context.next();
        }
    }

    private void admit(RoutingContext context, Route route) {
        Caller caller = Caller.of(context);
        String path = context.normalizedPath();
        String requestId = requestId(context);
        if (!caller.authenticated()) {
            problems.send(context, AuthProblems.missingToken(path, requestId));
            return;
        }
        if (!route.admits(caller.roles())) {
            problems.send(context, AuthProblems.forbidden(path, requestId));
            return;
        }
        long retryAfter = rateLimiter.acquire(caller.clientId(), caller.userSubject());
        if (retryAfter > 0) {
            problems.send(context, LimitProblems.rateLimited(caller, retryAfter, path, requestId),
                    Map.of("Retry-After", Long.toString(retryAfter)));
            return;
        }
        long bodyLimit = bodyLimit(route.body());
        if (DeclaredLength.of(context.request()) > bodyLimit) {
            problems.send(context, LimitProblems.payloadTooLarge(bodyLimit, path, requestId));
            return;
        }
        if (route.job() && !takeJobSlot(context, caller.clientId())) {
            problems.send(context, LimitProblems.tooManyJobs(caller.clientId(), path, requestId),
                    Map.of("Retry-After", Long.toString(limits.jobsRetryAfter().toSeconds())));
            return;
        }
        if ("100-continue".equalsIgnoreCase(context.request().getHeader("Expect"))) {
            // admitted: now the caller may send the body (the service never sees the Expect header)
            context.response().writeContinue();
        }
        proxy.forward(context, route.upstream(), bodyLimit);
    }

    private boolean takeJobSlot(RoutingContext context, String clientId) {
        if (!jobSlots.tryAcquire(clientId)) {
            return false;
        }
        context.addEndHandler(done -> jobSlots.release(clientId));
        return true;
    }

    private long bodyLimit(BodySize size) {
        return switch (size) {
            case JSON -> limits.body().json().asLongValue();
            case BATCH -> limits.body().batch().asLongValue();
            case IMPORT -> limits.body().imports().asLongValue();
            case UPLOAD -> limits.body().upload().asLongValue();
        };
    }


    private static void labelMetrics(String pattern) {
        Context request = Vertx.currentContext();
        if (request != null) {
            request.putLocal(METRICS_URI_TEMPLATE, pattern);
        }
    }

    private static String requestId(RoutingContext context) {
        return context.request().getHeader("X-Request-Id");
    }
}
