package org.sanctions.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanctions.gateway.routing.Upstream;
import org.sanctions.gateway.routing.UpstreamConfig;

/**
 * The services' own OpenAPI documents ({@code /q/openapi}), fetched when asked for and reused for a while; a
 * service that does not answer is asked again next time, and meanwhile reported missing with the reason.
 */
@ApplicationScoped
public class ServiceDocuments {

    private record Cached(JsonNode document, Instant fetched) {
    }

    private final HttpClient client;
    private final UpstreamConfig upstreams;
    private final OpenApiConfig config;
    private final ObjectMapper json;
    private final Map<Upstream, Cached> cache = new ConcurrentHashMap<>();

    public ServiceDocuments(Vertx vertx, UpstreamConfig upstreams, OpenApiConfig config, ObjectMapper json) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false));
        this.upstreams = upstreams;
        this.config = config;
        this.json = json;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The service's document, or why there is none; never a failed future. */
    Future<OpenApiMerger.ServiceDocument> fetch(Upstream upstream) {
        Cached cached = cache.get(upstream);
        if (cached != null && cached.fetched().plus(config.cacheTtl()).isAfter(Instant.now())) {
            return Future.succeededFuture(new OpenApiMerger.ServiceDocument(upstream, cached.document(), null));
        }
        URI base = upstreams.url(upstream);
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setHost(base.getHost()).setPort(base.getPort()).setSsl("https".equalsIgnoreCase(base.getScheme()))
                .setURI("/q/openapi?format=json").addHeader("Accept", "application/json")
                .setConnectTimeout(config.fetchTimeout().toMillis()).setIdleTimeout(config.fetchTimeout().toMillis());
        return client.request(request)
                .compose(r -> r.send().compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("it answered HTTP " + response.statusCode())))
                .map(body -> {
                    JsonNode document = parse(body);
                    cache.put(upstream, new Cached(document, Instant.now()));
                    return new OpenApiMerger.ServiceDocument(upstream, document, null);
                })
                .otherwise(failure -> new OpenApiMerger.ServiceDocument(upstream, null, reason(failure)));
    }

    private JsonNode parse(Buffer body) {
        try {
            JsonNode document = json.readTree(body.getBytes());
            if (!document.isObject() || !document.has("paths")) {
                throw new IllegalStateException("its /q/openapi is not an OpenAPI document");
            }
            return document;
        } catch (IOException e) {
            throw new IllegalStateException("its /q/openapi is not JSON", e);
        }
    }

    private static String reason(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.startsWith("it ") ? message : "not reachable: " + message;
    }
}
