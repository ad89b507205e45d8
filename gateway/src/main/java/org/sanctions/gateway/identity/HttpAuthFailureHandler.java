package org.sanctions.gateway.identity;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.sanctions.gateway.problem.ProblemResponder;

/**
 * Problem documents for security failures raised before any endpoint runs: a bearer token rejected by proactive
 * authentication, a path permission denied, or the identity provider unreachable. Without this, Quarkus answers
 * them with an empty body (or a 500 for the last one).
 */
@ApplicationScoped
public class HttpAuthFailureHandler {

    private final ProblemResponder problems;

    public HttpAuthFailureHandler(ProblemResponder problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        var problem = AuthProblems.forFailure(context.failure(), context.normalizedPath(),
                context.request().getHeader("X-Request-Id"));
        if (problem.isEmpty() || context.response().ended()) {
            context.next();
            return;
        }
        problems.send(context, problem.get(), problem.get().status() == 503
                ? Map.of("Retry-After", Integer.toString(AuthProblems.IDENTITY_PROVIDER_RETRY_AFTER)) : Map.of());
    }
}
