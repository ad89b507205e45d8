package org.sanctions.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real access tokens from the test Keycloak: password grant through {@code sanctions-cli} for the demo users
 * (password = user name), client credentials for {@code bank-demo} and {@code lookup-service}.
 */
public final class Tokens {

    /** The audience every token carries and every service checks. */
    public static final String AUDIENCE = "sanctions-api";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build();

    private Tokens() {
    }

    /** Access token of a demo user: editor, officer or auditor. */
    public static String user(String username) {
        return user(username, username);
    }

    /** Access token of a realm user, by password grant through the public client {@code sanctions-cli}. */
    public static String user(String username, String password) {
        return accessToken(Map.of("grant_type", "password", "client_id", "sanctions-cli",
                "username", username, "password", password));
    }

    /** Access token of a confidential client's service account, by client credentials. */
    public static String client(String clientId, String secret) {
        return accessToken(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    /** Token of the demo bank system (role screening-client). */
    public static String bankDemo() {
        return client("bank-demo", "bank-demo-secret");
    }

    /** Token of the lookup service's service account (role feed-reader). */
    public static String lookupService() {
        return client("lookup-service", "lookup-service-secret");
    }

    /** Token of Keycloak's bootstrap admin in realm master: the admin REST API, or a foreign issuer. */
    public static String masterAdmin() {
        return accessToken(TestKeycloak.server().tokenUrl("master"), Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", TestKeycloak.ADMIN, "password", TestKeycloak.ADMIN));
    }

    /** Posts a form to the realm's token endpoint and returns the raw answer, for tests of refused grants. */
    public static HttpResponse<String> request(Map<String, String> form) {
        return post(TestKeycloak.server().tokenUrl(TestKeycloak.REALM), form);
    }

    private static HttpResponse<String> post(String url, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during token request", e);
        }
    }

    /** The decoded claims of a token (no signature check: for assertions on what Keycloak issued). */
    public static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT: " + parts.length + " parts");
        }
        return read(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static String accessToken(Map<String, String> form) {
        return accessToken(TestKeycloak.server().tokenUrl(TestKeycloak.REALM), form);
    }

    private static String accessToken(String tokenUrl, Map<String, String> form) {
        HttpResponse<String> response = post(tokenUrl, form);
        // Keycloak answers 5xx for a while after its database restarted (fault tests restart the shared test
        // PostgreSQL) until its pool has replaced the broken connections: retry within a bounded minute.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (response.statusCode() >= 500 && System.nanoTime() < deadline) {
            pause();
            response = post(tokenUrl, form);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request for " + form.get("client_id") + " got "
                    + response.statusCode() + ": " + response.body());
        }
        return read(response.body()).path("access_token").asText();
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
