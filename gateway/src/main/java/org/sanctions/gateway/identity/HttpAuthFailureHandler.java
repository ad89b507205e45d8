package org.sanctions.gateway.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.sanctions.gateway.problem.Problem;

/**
 * Problem documents for security failures raised before any endpoint runs: a bearer token rejected by proactive
 * authentication, a path permission denied, or Keycloak unreachable. Without this, Quarkus answers them with an
 * empty body or a 500 error page.
 */
@ApplicationScoped
public class HttpAuthFailureHandler {

    private final ObjectMapper json;

    public HttpAuthFailureHandler(ObjectMapper json) {
        this.json = json;
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
        var response = context.response().setStatusCode(problem.get().status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem.get().status() == 401) {
            response.putHeader("WWW-Authenticate", AuthProblems.CHALLENGE);
        } else if (problem.get().status() == 503) {
            response.putHeader("Retry-After", AuthProblems.RETRY_AFTER_SECONDS);
        }
        try {
            response.end(json.writeValueAsString(problem.get()));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }
}
