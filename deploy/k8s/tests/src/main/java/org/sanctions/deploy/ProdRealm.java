package org.sanctions.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Derives the production realm from the demo realm file. The documented differences, and the only ones:
 * users that are not service accounts (the demo people) are removed; demo clients (clientId ending in
 * "-demo") and their service-account users are removed; every remaining confidential client's secret becomes
 * a placeholder that the Keycloak operator fills from the Secret {@code oidc-client-<clientId>} (key
 * {@code secret}); local URLs of the gateway (http://localhost:8080, http://127.0.0.1:8080) become the
 * public URL.
 */
public final class ProdRealm {

    static final String DEMO_CLIENT_SUFFIX = "-demo";
    static final String SECRET_KEY = "secret";
    static final List<String> LOCAL_GATEWAY_URLS = List.of("http://localhost:8080", "http://127.0.0.1:8080");

    /** A Kubernetes Secret key that a realm-import placeholder reads. */
    public record SecretRef(String name, String key) {
    }

    /** The stripped realm and the placeholders its client secrets now refer to. */
    public record Result(ObjectNode realm, Map<String, SecretRef> placeholders) {
    }

    private ProdRealm() {
    }

    public static Result from(JsonNode demoRealm, String publicUrl) {
        ObjectNode realm = demoRealm.deepCopy();
        Set<String> demoClients = removeDemoClients(realm);
        removeUsersExceptServiceAccounts(realm, demoClients);
        Map<String, SecretRef> placeholders = replaceClientSecrets(realm);
        rewriteLocalUrls(realm.path("clients"), publicUrl);
        return new Result(realm, placeholders);
    }

    public static String placeholderName(String clientId) {
        return "OIDC_CLIENT_SECRET_" + clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    public static String secretName(String clientId) {
        return "oidc-client-" + clientId;
    }

    static boolean isConfidential(JsonNode client) {
        return !client.path("publicClient").asBoolean(false) && !client.path("bearerOnly").asBoolean(false);
    }

    private static Set<String> removeDemoClients(ObjectNode realm) {
        Set<String> removed = new LinkedHashSet<>();
        for (Iterator<JsonNode> it = realm.path("clients").elements(); it.hasNext(); ) {
            String clientId = it.next().path("clientId").asText();
            if (clientId.endsWith(DEMO_CLIENT_SUFFIX)) {
                removed.add(clientId);
                it.remove();
            }
        }
        return removed;
    }

    private static void removeUsersExceptServiceAccounts(ObjectNode realm, Set<String> demoClients) {
        for (Iterator<JsonNode> it = realm.path("users").elements(); it.hasNext(); ) {
            JsonNode serviceOf = it.next().get("serviceAccountClientId");
            if (serviceOf == null || demoClients.contains(serviceOf.asText())) {
                it.remove();
            }
        }
    }

    private static Map<String, SecretRef> replaceClientSecrets(ObjectNode realm) {
        Map<String, SecretRef> placeholders = new LinkedHashMap<>();
        for (JsonNode client : realm.path("clients")) {
            if (isConfidential(client)) {
                String clientId = client.path("clientId").asText();
                String name = placeholderName(clientId);
                ((ObjectNode) client).put("secret", "${" + name + "}");
                placeholders.put(name, new SecretRef(secretName(clientId), SECRET_KEY));
            }
        }
        return placeholders;
    }

    /** Replaces local gateway URLs in every string below the node; lists and "##"-joined values are de-duplicated. */
    private static JsonNode rewriteLocalUrls(JsonNode node, String publicUrl) {
        if (node.isTextual()) {
            return TextNode.valueOf(rewrite(node.asText(), publicUrl));
        }
        if (node.isArray()) {
            Set<JsonNode> distinct = new LinkedHashSet<>();
            node.forEach(element -> distinct.add(rewriteLocalUrls(element, publicUrl)));
            ((ArrayNode) node).removeAll().addAll(distinct);
        } else if (node.isObject()) {
            node.properties().forEach(field -> field.setValue(rewriteLocalUrls(field.getValue(), publicUrl)));
        }
        return node;
    }

    private static String rewrite(String value, String publicUrl) {
        String result = value;
        for (String local : LOCAL_GATEWAY_URLS) {
            result = result.replace(local, publicUrl);
        }
        return String.join("##", new LinkedHashSet<>(List.of(result.split("##", -1))));
    }
}
