package org.sanctions.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/** Asks the fake services what reached them, and releases the answers they hold (see {@link FakeUpstream}). */
public final class Fakes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Fakes() {
    }

    /** Base URL of the fake behind {@code service} ("registry" or "lookup"), as the gateway is configured. */
    public static String url(String service) {
        return ConfigProvider.getConfig().getValue("gateway.upstream." + service + "-url", String.class);
    }

    /** How many requests carrying this X-Request-Id reached the service. */
    public static long seen(String service, String requestId) {
        return Long.parseLong(control(service, "/__fake/seen?id=" + encode(requestId)));
    }

    /** How many body bytes of the request with this X-Request-Id the service has read so far. */
    public static long received(String service, String requestId) {
        return Long.parseLong(control(service, "/__fake/received?id=" + encode(requestId)));
    }

    /** Lets the answers held under {@code key} go on. */
    public static void release(String service, String key) {
        control(service, "/__fake/release?key=" + encode(key));
    }

    private static String control(String service, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(service) + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
