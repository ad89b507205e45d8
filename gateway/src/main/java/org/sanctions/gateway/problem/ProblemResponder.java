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

    /** How long the rest of a refused body is read (and thrown away) before the connection is closed. */
    private static final long DRAIN_GRACE_MS = 3000;

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
        if (hasUnreadBody(request)) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            discardRestOfBody(context);
        } else {
            if (HttpHeaders.CLOSE.toString().equalsIgnoreCase(headers.get(HttpHeaders.CONNECTION.toString()))) {
                // the caller was told the connection ends here: end it, rather than leave it half-promised
                context.addEndHandler(ignored -> request.connection().close());
            }
            // a request paused for admission must still end, or the connection would not serve the next one
            request.resume();
        }
        response.end(serialize(problem));
    }

    /**
     * The refused body is not wanted, but the connection is closed only once the caller has finished sending it
     * (or after a short grace): closing on unread bytes makes the kernel reset the connection, and a caller still
     * writing would lose the answer.
     */
    private static void discardRestOfBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        Runnable close = () -> {
            if (context.response().ended()) {
                request.connection().close();
            }
        };
        long timer = context.vertx().setTimer(DRAIN_GRACE_MS, id -> close.run());
        request.handler(ignored -> {
        });
        request.endHandler(ignored -> {
            context.vertx().cancelTimer(timer);
            close.run();
        });
        context.addEndHandler(ignored -> {
            if (request.isEnded()) {
                close.run();
            }
        });
        request.resume();
    }

    /** Whether the request still has body bytes to come (declared by Content-Length or chunked, and not yet read). */
    public static boolean hasUnreadBody(HttpServerRequest request) {
        if (request.isEnded() || request.version() == HttpVersion.HTTP_2) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || (length != null && !"0".equals(length));
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
