package org.sanctions.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.sanctions.testkit.TestKeycloak;
import org.sanctions.testkit.Tokens;

/**
 * Adjusts the test Keycloak through its admin REST API: lets the UI client redirect to the gateway's test port, and
 * adds users with chosen realm roles and groups.
 */
final class KeycloakAdmin {

    private static final String UI_CLIENT = "sanctions-ui";

    private final String realmAdminUrl;

    KeycloakAdmin(TestKeycloak keycloak) {
        this.realmAdminUrl = keycloak.baseUrl() + "/admin/realms/" + TestKeycloak.REALM;
    }

    /**
     * The realm lets sanctions-ui return to http://localhost:8080 only (the local run); the tests' gateway listens on a
     * free port, which is added to the redirect URIs, web origins (CORS of the token endpoint) and logout redirects.
     */
    void allowUiOrigin(String origin) {
        JsonNode client = get("/clients?clientId=" + UI_CLIENT).get(0);
        ObjectNode updated = client.deepCopy();
        addTo(updated.withArrayProperty("redirectUris"), origin + "/*");
        addTo(updated.withArrayProperty("webOrigins"), origin);
        ObjectNode attributes = updated.withObjectProperty("attributes");
        String logout = attributes.path("post.logout.redirect.uris").asText("");
        attributes.put("post.logout.redirect.uris", logout.isEmpty() ? origin + "/*" : logout + "##" + origin + "/*");
        send("PUT", "/clients/" + client.get("id").asText(), updated).expect(204);
    }

    /** Creates a user (password = user name) holding exactly the given realm roles; an existing user is reused. */
    void ensureUser(String username, List<String> realmRoles) {
        Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@example.org", "firstName", "Test", "lastName", username,
                "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
        send("POST", "/users", user).expect(201, 409);
        String id = get("/users?exact=true&username=" + username).get(0).get("id").asText();
        ArrayNode roles = JsonHttp.JSON.createArrayNode();
        realmRoles.forEach(role -> roles.add(get("/roles/" + role)));
        send("POST", "/users/" + id + "/role-mappings/realm", roles).expect(204);
    }

    /** Makes an existing user a member of a top-level group, e.g. a bank's group ("bank-demo"). */
    void joinGroup(String username, String group) {
        String user = get("/users?exact=true&username=" + username).get(0).get("id").asText();
        JsonNode found = null;
        for (JsonNode g : get("/groups?exact=true&search=" + group)) {
            found = group.equals(g.path("name").asText()) ? g : found;
        }
        if (found == null) {
            throw new IllegalStateException("no group " + group + " in the realm");
        }
        send("PUT", "/users/" + user + "/groups/" + found.get("id").asText(), null).expect(204);
    }

    private static void addTo(ArrayNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return;
            }
        }
        array.add(value);
    }

    private JsonNode get(String path) {
        return send("GET", path, null).expect(200).body();
    }

    private JsonHttp.Answer send(String method, String path, Object body) {
        return JsonHttp.send(method, realmAdminUrl + path, Tokens.masterAdmin(), body, Map.of());
    }
}
