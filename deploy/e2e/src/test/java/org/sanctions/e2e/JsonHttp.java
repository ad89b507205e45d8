package org.sanctions.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP with a bearer token, for seeding data and adjusting Keycloak; answers are checked by the caller. */
final class JsonHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response: status, body as JSON (null when empty or not JSON), and headers. */
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {

        Answer expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException(raw.request().method() + " " + raw.request().uri() + " answered " + status
                    + ": " + raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private JsonHttp() {
    }

    static Answer send(String method, String url, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()), response);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + url, e);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not serializable: " + body, e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }
}
