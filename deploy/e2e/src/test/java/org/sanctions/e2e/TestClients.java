package org.sanctions.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctions.testkit.TestKeycloak;
import org.sanctions.testkit.Tokens;

/** Adds confidential clients with a service account to the test realm, through Keycloak's admin REST API. */
final class TestClients {

    private final String realmAdminUrl;

    TestClients(TestKeycloak keycloak) {
        this.realmAdminUrl = keycloak.baseUrl() + "/admin/realms/" + TestKeycloak.REALM;
    }

    /**
     * Creates the client (its {@code clientId} and {@code secret} from the given representation, client credentials
     * only) unless it exists, grants its service account a realm role, and returns a fresh access token of it.
     */
    String ensureServiceClient(Map<String, Object> representation, String realmRole) {
        Map<String, Object> client = new HashMap<>(representation);
        client.putAll(Map.of("enabled", true, "protocol", "openid-connect", "publicClient", false,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false));
        String clientId = (String) client.get("clientId");
        send("POST", "/clients", client).expect(201, 409);
        String id = get("/clients?clientId=" + clientId).get(0).get("id").asText();
        String user = get("/clients/" + id + "/service-account-user").get("id").asText();
        send("POST", "/users/" + user + "/role-mappings/realm", List.of(get("/roles/" + realmRole))).expect(204);
        return Tokens.client(clientId, (String) client.get("secret"));
    }

    private JsonNode get(String path) {
        return send("GET", path, null).expect(200).body();
    }

    private JsonHttp.Answer send(String method, String path, Object body) {
        return JsonHttp.send(method, realmAdminUrl + path, Tokens.masterAdmin(), body, Map.of());
    }
}
