package org.sanctions.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Over-long request targets (414) and over-large headers (431) get problem documents and {@code Connection: close}
 * from the gateway itself, not the HTTP codec's bare HTTP/1.0 answer on which a pooling client could lose its next
 * request. Raw sockets, so that exactly what goes over the wire is seen.
 */
@QuarkusTest
class RequestHeadLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void refusesATargetOverTheLimitWithAProblemAndClosesTheConnection() throws IOException {
        String requestId = UUID.randomUUID().toString();
        Answer answer = exchange("POST /api/v1/screenings?padding=" + "A".repeat(10_000) + " HTTP/1.1\r\n"
                + "Host: localhost\r\nX-Request-Id: " + requestId + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\n\r\n{}");
        assertThat(answer.statusLine()).startsWith("HTTP/1.1 414");
        assertThat(answer.head()).containsIgnoringCase("connection: close")
                .containsIgnoringCase("content-type: application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:sanctions:problem:uri-too-long");
        assertThat(problem.path("status").asInt()).isEqualTo(414);
        assertThat(problem.path("requestId").asText()).isEqualTo(requestId);
        assertThat(answer.closedAfterwards()).as("the server closes the connection it refused").isTrue();
    }

    @Test
    void refusesHeadersOverTheLimitWithAProblem() throws IOException {
        Answer answer = exchange("GET /api/v1/parties HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "b".repeat(20_000) + "\r\n\r\n");
        JsonNode problem = problem(answer, 431, "headers-too-large");
        assertThat(answer.head()).containsIgnoringCase("connection: close");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/parties");
    }

    @Test
    void refusesABodyInAContentCodingWithA415() throws IOException {
        Answer answer = exchange("POST /api/v1/screenings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nContent-Encoding: gzip\r\nContent-Length: 16\r\nConnection: close\r\n\r\n{\"name\":\"Smith\"}");
        problem(answer, 415, "unsupported-content-encoding");
        assertThat(answer.head()).containsIgnoringCase("accept-encoding: identity");
        // without a body there is nothing in a coding: the request goes on (here to authentication)
        assertThat(exchange("GET /api/v1/parties HTTP/1.1\r\nHost: localhost\r\nContent-Encoding: gzip\r\n"
                + "Connection: close\r\n\r\n").statusLine()).startsWith("HTTP/1.1 401");
    }

    @Test
    void anOverLongRequestIdIsReplacedNotRefused() throws IOException {
        Answer answer = exchange("GET /q/openapi HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: "
                + "A".repeat(10_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(answer.statusLine()).startsWith("HTTP/1.1 200");
        assertThat(answer.head()).doesNotContain("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }

    @Test
    void aTargetWithinTheLimitGoesOnToAuthentication() throws IOException {
        Answer answer = exchange("GET /api/v1/parties?q=" + "c".repeat(3900) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer.statusLine()).startsWith("HTTP/1.1 401");
    }

    private static JsonNode problem(Answer answer, int status, String slug) throws IOException {
        assertThat(answer.statusLine()).startsWith("HTTP/1.1 " + status);
        assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:sanctions:problem:" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    private Answer exchange(String request) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            boolean closed = false;
            int headEnd = -1;
            int contentLength = -1;
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    closed = true;
                    break;
                }
                received.write(buffer, 0, n);
                String text = received.toString(StandardCharsets.ISO_8859_1);
                if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                    contentLength = contentLength(text.substring(0, headEnd));
                }
                if (headEnd >= 0 && contentLength >= 0 && text.length() >= headEnd + 4 + contentLength
                        && !text.substring(0, headEnd).toLowerCase().contains("connection: close")) {
                    break;
                }
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            return new Answer(text.substring(0, end), text.substring(end + 4), closed);
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return -1;
    }

    private record Answer(String head, String body, boolean closedAfterwards) {
        String statusLine() {
            return head.substring(0, head.indexOf("\r\n"));
        }
    }
}
