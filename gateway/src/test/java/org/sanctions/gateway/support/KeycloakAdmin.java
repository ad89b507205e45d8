package org.sanctions.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sanctions.testkit.TestKeycloak;
import org.sanctions.testkit.Tokens;

/**
 * Changes to the test realm through Keycloak's admin REST API, for tokens the demo clients cannot produce: a client
 * whose tokens expire in seconds, one whose tokens lack the API audience, and a new signing key (a rotation).
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakAdmin() {
    }

    /**
     * Creates a confidential client with a service account and returns its client id (secret = client id).
     * {@code scopes} are its default client scopes; {@code tokenLifespanSeconds} its access token lifetime.
     */
    public static String createServiceClient(List<String> scopes, int tokenLifespanSeconds) {
        String clientId = "test-" + UUID.randomUUID();
        Map<String, Object> client = Map.of("clientId", clientId, "enabled", true, "publicClient", false,
                "secret", clientId, "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                "defaultClientScopes", scopes,
                "attributes", Map.of("access.token.lifespan", Integer.toString(tokenLifespanSeconds)));
        send("POST", "/admin/realms/" + TestKeycloak.REALM + "/clients", client, 201);
        return clientId;
    }

    /** Adds a generated RS256 key that outranks the realm's current one, so new tokens are signed with it. */
    public static void addSigningKey(int priority) {
        String realmId = send("GET", "/admin/realms/" + TestKeycloak.REALM, null, 200).path("id").asText();
        Map<String, Object> component = Map.of("name", "rotated-" + priority, "providerId", "rsa-generated",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", List.of(Integer.toString(priority)), "enabled", List.of("true"),
                        "active", List.of("true"), "keySize", List.of("2048"), "algorithm", List.of("RS256")));
        send("POST", "/admin/realms/" + TestKeycloak.REALM + "/components", component, 201);
    }

    private static JsonNode send(String method, String path, Object body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestKeycloak.server().baseUrl() + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + Tokens.masterAdmin())
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " got " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
