package org.sanctions.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Answers a Vert.x request with a problem document, for refusals made before any REST endpoint runs. */
@ApplicationScoped
public class ProblemResponder {

    /** Challenge sent with every 401 (RFC 6750). */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"sanctions\"";

    private final ObjectMapper json;

    public ProblemResponder(ObjectMapper json) {
        this.json = json;
    }

    /** Sends the problem; extra headers such as Retry-After or Allow go with it. */
    public void send(RoutingContext context, Problem problem, Map<String, String> headers) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            // the upstream's answer is already on its way: all that is left is to cut it short
            response.reset();
            return;
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.forEach(response::putHeader);
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", BEARER_CHALLENGE);
        }
        HttpServerRequest request = context.request();
        if (!request.isEnded() && request.version() != HttpVersion.HTTP_2) {
            // the body was not read: closing is cheaper than draining it, and keeps its bytes from being parsed
            // as the next request on this connection
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            response.endHandler(ignored -> request.connection().close());
        }
        response.end(serialize(problem));
    }

    /** Sends the problem without extra headers. */
    public void send(RoutingContext context, Problem problem) {
        send(context, problem, Map.of());
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serializes", e);
        }
    }
}
