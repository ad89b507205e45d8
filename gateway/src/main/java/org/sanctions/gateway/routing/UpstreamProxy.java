package org.sanctions.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.sanctions.gateway.limits.LimitProblems;
import org.sanctions.gateway.problem.ProblemResponder;

/**
 * Forwards a request to a service with vertx-http-proxy and streams both bodies through without holding them:
 * the caller's body is piped to the service as it arrives (counted against the route's limit), and the service's
 * answer is piped back the same way. Failures before the answer starts become 413, 502 or 504 problems.
 */
@ApplicationScoped
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    private final HttpClient client;
    private final UpstreamConfig config;
    private final ProblemResponder problems;

    public UpstreamProxy(Vertx vertx, UpstreamConfig config, ProblemResponder problems) {
        this.config = config;
        this.problems = problems;
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setIdleTimeout((int) config.idleTimeout().toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                // the services see the same Host the caller used; X-Forwarded-Host says it explicitly too
                .setDecompressionSupported(false);
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(config.maxConnections()));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Sends the routed request on to the service; the response (or a problem) is written to the caller. */
    public void forward(RoutingContext context, Upstream upstream, long bodyLimit) {
        HttpServerRequest request = context.request();
        LimitedBody body = new LimitedBody(request, bodyLimit);
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        proxyRequest.setBody(Body.body(body, DeclaredLength.of(request)));
        proxyRequest.setURI(targetUri(context));
        MultiMap headers = proxyRequest.headers();
        ConnectionHeaders.strip(headers);
        headers.remove("Expect");
        ForwardedHeaders.apply(request, headers);

        Future<HttpClientRequest> connected = client.request(requestOptions(config.url(upstream)));
        connected.compose(upstreamRequest -> {
            long timeout = config.responseTimeout().toMillis();
            body.onEnd(() -> upstreamRequest.idleTimeout(timeout));
            context.addEndHandler(done -> {
                if (done.failed()) {
                    upstreamRequest.reset();
                }
            });
            return proxyRequest.send(upstreamRequest);
        }).compose(this::relay).onFailure(failure -> answerFailure(context, upstream, body, bodyLimit, failure));
    }

    private Future<Void> relay(ProxyResponse response) {
        // the gateway alone decides what browsers may read cross-origin
        MultiMap headers = response.headers();
        ConnectionHeaders.strip(headers);
        headers.names().stream().filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15)).toList()
                .forEach(headers::remove);
        return response.send();
    }

    private void answerFailure(RoutingContext context, Upstream upstream, LimitedBody body, long limit,
            Throwable failure) {
        String path = context.normalizedPath();
        String requestId = context.request().getHeader("X-Request-Id");
        if (body.exceeded()) {
            problems.send(context, LimitProblems.payloadTooLarge(limit, path, requestId));
            return;
        }
        if (context.response().closed()) {
            LOG.debugf("caller went away during %s %s: %s", context.request().method(), path, failure.toString());
            return;
        }
        LOG.warnf("forwarding %s %s to the %s service failed: %s", context.request().method(), path, upstream,
                failure.toString());
        problems.send(context, UpstreamProblems.forFailure(failure, upstream, path, requestId));
    }

    private RequestOptions requestOptions(URI base) {
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        return new RequestOptions().setHost(base.getHost()).setPort(port).setSsl(tls)
                .setConnectTimeout(config.connectTimeout().toMillis());
    }

    /** The path the route table authorized (normalized, so the service cannot see a different one) plus query. */
    private static String targetUri(RoutingContext context) {
        String query = context.request().query();
        return query == null ? context.normalizedPath() : context.normalizedPath() + "?" + query;
    }

}
