package org.sanctions.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.sanctions.gateway.limits.LimitProblems;
import org.sanctions.gateway.problem.ProblemResponder;

/**
 * Forwards a request to a service with vertx-http-proxy. Small bodies (up to gateway.upstream.replayable-body by
 * their Content-Length, and no body at all) are read whole first, so that a request whose pooled connection the
 * service had just closed is sent once more on a fresh connection instead of failing. Larger and chunked bodies
 * stream through without being held: the caller's body is piped to the service as it arrives (counted against the
 * route's limit) and is never sent twice. The service's answer is always piped back as it comes. Failures before
 * the answer starts become 413, 502 or 504 problems.
 */
@ApplicationScoped
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    private final HttpClient client;
    /** One connection per request, closed after it: where a request goes again after its pooled one broke. */
    private final HttpClient freshConnections;
    private final UpstreamConfig config;
    private final ProblemResponder problems;
    private final InternalLinks links;

    public UpstreamProxy(Vertx vertx, UpstreamConfig config, ProblemResponder problems) {
        this.config = config;
        this.problems = problems;
        this.links = new InternalLinks(List.of(config.registryUrl(), config.lookupUrl()));
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setKeepAliveTimeout((int) config.keepAliveTimeout().toSeconds())
                .setIdleTimeout((int) config.idleTimeout().toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                // the services see the same Host the caller used; X-Forwarded-Host says it explicitly too
                .setDecompressionSupported(false);
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.maxConnections());
        this.client = vertx.createHttpClient(options, pool);
        this.freshConnections = vertx.createHttpClient(new HttpClientOptions(options).setKeepAlive(false), pool);
    }

    @PreDestroy
    void close() {
        client.close();
        freshConnections.close();
    }

    /** Sends the routed request on to the service; the response (or a problem) is written to the caller. */
    public void forward(RoutingContext context, Upstream upstream, long bodyLimit) {
        HttpServerRequest request = context.request();
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        proxyRequest.setURI(targetUri(context));
        MultiMap headers = proxyRequest.headers();
        ConnectionHeaders.strip(headers);
        headers.remove("Expect");
        ForwardedHeaders.apply(request, headers);
        long declared = DeclaredLength.of(request);
        if (declared <= config.replayableBody().asLongValue() && request.getHeader("Transfer-Encoding") == null) {
            request.body().onComplete(whole -> {
                if (whole.succeeded()) {
                    sendWhole(context, upstream, proxyRequest, whole.result(), declared, false);
                } else {
                    answerFailure(context, upstream, false, bodyLimit, whole.cause());
                }
            });
            request.resume();
        } else {
            stream(context, upstream, proxyRequest, bodyLimit);
        }
    }

    /** Sends a body held whole; a broken connection before the answer gets one more try on a fresh connection. */
    private void sendWhole(RoutingContext context, Upstream upstream, ProxyRequest proxyRequest, Buffer whole,
            long declared, boolean retry) {
        // without a Content-Length the request has no body and must not get one (not even "Content-Length: 0")
        proxyRequest.setBody(declared < 0 ? Body.body(Body.body(whole).stream(), -1) : Body.body(whole));
        (retry ? freshConnections : client).request(requestOptions(config.url(upstream))).compose(upstreamRequest -> {
            upstreamRequest.idleTimeout(config.responseTimeout().toMillis());
            resetWhenCallerFails(context, upstreamRequest);
            return proxyRequest.send(upstreamRequest);
        }).onComplete(answer -> {
            if (answer.succeeded()) {
                relay(answer.result()).onFailure(failure -> answerFailure(context, upstream, false, 0, failure));
            } else if (!retry && BrokenConnections.isBroken(answer.cause()) && !context.response().closed()) {
                LOG.debugf("connection to the %s service broke before it answered %s %s (%s): sending it again",
                        upstream, context.request().method(), context.normalizedPath(), answer.cause().toString());
                sendWhole(context, upstream, proxyRequest, whole, declared, true);
            } else {
                answerFailure(context, upstream, false, 0, answer.cause());
            }
        });
    }

    /** Pipes the caller's body to the service as it arrives; it cannot be sent twice. */
    private void stream(RoutingContext context, Upstream upstream, ProxyRequest proxyRequest, long bodyLimit) {
        HttpServerRequest request = context.request();
        LimitedBody body = new LimitedBody(request, bodyLimit);
        proxyRequest.setBody(Body.body(body, DeclaredLength.of(request)));
        client.request(requestOptions(config.url(upstream))).compose(upstreamRequest -> {
            long timeout = config.responseTimeout().toMillis();
            body.onEnd(() -> upstreamRequest.idleTimeout(timeout));
            resetWhenCallerFails(context, upstreamRequest);
            return proxyRequest.send(upstreamRequest);
        }).compose(this::relay)
                .onFailure(failure -> answerFailure(context, upstream, body.exceeded(), bodyLimit, failure));
    }

    private static void resetWhenCallerFails(RoutingContext context, HttpClientRequest upstreamRequest) {
        context.addEndHandler(done -> {
            if (done.failed()) {
                upstreamRequest.reset();
            }
        });
    }

    private Future<Void> relay(ProxyResponse response) {
        MultiMap headers = response.headers();
        ConnectionHeaders.strip(headers);
        links.rewrite(headers, response.request().proxiedRequest());
        // the gateway alone decides what browsers may read cross-origin
        // one pass over the entries; names() would build a sorted set of every name on each answer
        List<String> crossOrigin = null;
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().regionMatches(true, 0, "Access-Control-", 0, 15)) {
                crossOrigin = crossOrigin == null ? new ArrayList<>() : crossOrigin;
                crossOrigin.add(header.getKey());
            }
        }
        if (crossOrigin != null) {
            crossOrigin.forEach(headers::remove);
        }
        return response.send();
    }

    private void answerFailure(RoutingContext context, Upstream upstream, boolean bodyExceeded, long limit,
            Throwable failure) {
        String path = context.normalizedPath();
        String requestId = context.request().getHeader("X-Request-Id");
        if (bodyExceeded) {
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
