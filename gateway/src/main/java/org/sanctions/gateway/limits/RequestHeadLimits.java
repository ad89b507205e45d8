package org.sanctions.gateway.limits;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Map.Entry;
import org.sanctions.gateway.problem.Problem;
import org.sanctions.gateway.problem.ProblemResponder;
import org.sanctions.gateway.tracing.RequestIds;

/**
 * Refuses an over-long request target (414) or over-large headers (431) with a problem document and
 * {@code Connection: close}, and a body in a content coding no service decodes (415, RFC 7694: it would otherwise be
 * read as if it were plain), before authentication and routing.
 *
 * <p>The HTTP codec's own limits (quarkus.http.limits.max-initial-line-length and max-header-size) are set far above
 * these, because what the codec refuses gets a bare HTTP/1.0 answer without a body or {@code Connection: close},
 * and a client that pooled the connection may send its next request on a socket the server is closing.
 */
@ApplicationScoped
public class RequestHeadLimits {

    /** After request tracing (400), so that the refusal carries the request id; before CORS and authentication. */
    static final int PRIORITY = 390;

    private final LimitsConfig limits;
    private final ProblemResponder problems;

    public RequestHeadLimits(LimitsConfig limits, ProblemResponder problems) {
        this.limits = limits;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        int targetLength = request.uri().length();
        if (targetLength > limits.maxTargetLength()) {
            refuse(context, Problem.of("uri-too-long", "URI Too Long", 414, "The request target has "
                    + targetLength + " characters; at most " + limits.maxTargetLength() + " are accepted.",
                    null, request.getHeader(RequestIds.HEADER)));
            return;
        }
        long headerBytes = headerBytes(request);
        long maxHeaderBytes = limits.maxHeaderBytes().asLongValue();
        if (headerBytes > maxHeaderBytes) {
            refuse(context, Problem.of("headers-too-large", "Request Header Fields Too Large", 431,
                    "The request headers take " + headerBytes + " bytes; at most " + maxHeaderBytes
                            + " are accepted.",
                    request.path().length() <= limits.maxTargetLength() ? request.path() : null,
                    request.getHeader(RequestIds.HEADER)));
            return;
        }
        String coding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (coding != null && !coding.isBlank() && !"identity".equalsIgnoreCase(coding.trim())
                && ProblemResponder.hasUnreadBody(request)) { // without a body there is nothing to misread
            problems.send(context, Problem.of("unsupported-content-encoding", "Unsupported Media Type", 415,
                    "Request bodies are accepted without a content coding (Content-Encoding: identity or none);"
                            + " upload compressed list files as files instead.",
                    request.path().length() <= limits.maxTargetLength() ? request.path() : null,
                    request.getHeader(RequestIds.HEADER)), Map.of("Accept-Encoding", "identity"));
            return;
        }
        context.next();
    }

    /** Names and values as sent, with the ": " and CRLF of each line. */
    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private void refuse(RoutingContext context, Problem problem) {
        problems.send(context, problem, Map.of(HttpHeaders.CONNECTION.toString(), HttpHeaders.CLOSE.toString()));
    }
}
