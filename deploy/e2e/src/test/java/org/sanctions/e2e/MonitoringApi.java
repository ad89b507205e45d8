package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The monitoring API (issue 15) through the gateway, as a bank's system and its staff use it: customer uploads,
 * alerts and their decisions. Answers are returned for the test to judge; only the upload's own steps are checked.
 */
final class MonitoringApi {

    static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String BOUNDARY = "e2e-customer-upload-3c9a";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String gatewayUrl;

    MonitoringApi(RunningSystem system) {
        this.gatewayUrl = system.gatewayUrl();
    }

    /** Uploads a CSV book as the bank system of the token, awaits the job to COMPLETED and returns its last state. */
    JsonNode uploadCustomers(String bankToken, String csv) {
        HttpResponse<String> accepted = postMultipart("/api/v1/customer-uploads", bankToken, "customers.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath();
        assertThat(path).startsWith("/api/v1/customer-uploads/");
        return await("upload " + path + " COMPLETED").atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> get(bankToken, path).expect(200).body(),
                        job -> "COMPLETED".equals(job.path("state").asText()));
    }

    JsonHttp.Answer get(String token, String path) {
        return JsonHttp.send("GET", gatewayUrl + path, token, null, Map.of());
    }

    /** The bank's alerts filtered by query parameters (customerId, partyId, state), first page. */
    JsonNode alerts(String token, Map<String, String> filter) {
        StringBuilder query = new StringBuilder("/api/v1/alerts?limit=100");
        filter.forEach((k, v) -> query.append('&').append(k).append('=').append(encode(v)));
        return get(token, query.toString()).expect(200).body().path("items");
    }

    /** One decision on an alert, e.g. FALSE_POSITIVE with a reason; the answer is the caller's to check. */
    JsonHttp.Answer decide(String token, String alertId, String decision, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision));
        if (reason != null) {
            body.put("reason", reason);
        }
        return JsonHttp.send("POST", gatewayUrl + "/api/v1/alerts/" + alertId + "/decisions", token, body, Map.of());
    }

    private HttpResponse<String> postMultipart(String path, String token, String filename, byte[] content) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(
                        head.getBytes(StandardCharsets.UTF_8), content, tail)))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + path, e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
