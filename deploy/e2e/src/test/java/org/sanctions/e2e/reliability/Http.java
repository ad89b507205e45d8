package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Raw HTTP for the reliability tests: any method, body bytes and headers, a bounded time per request, and the answer
 * (or the transport failure) as a value, so that a test can count refusals, hangs and crashes instead of stopping at
 * the first one.
 */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1: the gateway does not speak h2c, and an upgrade attempt must not colour the results. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What came back: a status with headers and body, or the transport failure (status 0). */
    public record Reply(String method, String uri, int status, HttpResponse<byte[]> raw, Exception failure,
            Duration took) {

        String header(String name) {
            return raw == null ? null : raw.headers().firstValue(name).orElse(null);
        }

        String text() {
            return raw == null || raw.body() == null ? "" : new String(raw.body(), StandardCharsets.UTF_8);
        }

        /** The body as JSON, or null when it is empty or not JSON. */
        JsonNode json() {
            String text = text();
            if (text.isBlank()) {
                return null;
            }
            try {
                return JSON.readTree(text);
            } catch (IOException notJson) {
                return null;
            }
        }

        boolean is2xx() {
            return status >= 200 && status < 300;
        }

        /** One line for failure messages: method, URI, outcome and the start of the body. */
        String describe() {
            String outcome = failure != null ? failure.getClass().getSimpleName() + " " + failure.getMessage()
                    : status + " " + header("Content-Type");
            String body = text();
            return method + " " + uri + " -> " + outcome + " after " + took.toMillis() + " ms"
                    + (body.isEmpty() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
        }
    }

    private Http() {
    }

    /** Sends and never throws for transport problems: they come back as a reply with status 0. */
    public static Reply send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(request.method(), request.uri().toString(), response.statusCode(), response, null,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Reply(request.method(), request.uri().toString(), 0, null, e,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    /** A request with a bearer token (when not null), extra headers and a body (none when null). */
    public static HttpRequest request(String method, String url, String token, byte[] body, Map<String, String> headers,
            Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return b.build();
    }

    /** JSON text of a value (a String is taken as JSON text already). */
    static byte[] json(Object value) {
        try {
            return value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("not serializable: " + value, e);
        }
    }
}
