package org.sanctions.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * The NetworkPolicy that the Keycloak operator (26.x, KeycloakNetworkPolicyDependentResource) creates from
 * a Keycloak CR's spec.networkPolicy: one ingress rule per port, whose sources are the listed peers, or
 * every source when the list is empty or absent. It is not in the render, so the tests derive it here.
 */
final class KeycloakOperatorPolicy {

    static final int JGROUPS_DATA_PORT = 7800;
    static final int JGROUPS_FD_PORT = 57800;

    private KeycloakOperatorPolicy() {
    }

    /** Labels of the Keycloak server pods (Utils.allInstanceLabels in the operator). */
    static Map<String, String> serverLabels(String crName) {
        return Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/instance", crName);
    }

    /** Labels of the realm-import Job's pod: the server's, with app replaced. */
    static Map<String, String> realmImportLabels(String crName) {
        return Map.of("app", "keycloak-realm-import", "app.kubernetes.io/managed-by", "keycloak-operator",
                "app.kubernetes.io/instance", crName);
    }

    static int httpPort(JsonNode keycloak) {
        return keycloak.path("spec").path("http").path("httpPort").asInt(8080);
    }

    static int managementPort(JsonNode keycloak) {
        return keycloak.path("spec").path("httpManagement").path("port").asInt(9000);
    }

    static Optional<JsonNode> from(JsonNode keycloak) {
        JsonNode spec = keycloak.path("spec");
        if (!spec.path("networkPolicy").path("enabled").asBoolean(true)) {
            return Optional.empty();
        }
        String name = Manifests.name(keycloak);
        ObjectNode policy = Yaml.JSON.createObjectNode();
        policy.putObject("metadata").put("name", name + "-network-policy").put("namespace", Manifests.namespace(keycloak));
        ObjectNode policySpec = policy.putObject("spec");
        ObjectNode matchLabels = policySpec.putObject("podSelector").putObject("matchLabels");
        serverLabels(name).forEach(matchLabels::put);
        policySpec.putArray("policyTypes").add("Ingress");
        ArrayNode ingress = policySpec.putArray("ingress");
        JsonNode rules = spec.path("networkPolicy");
        boolean tls = spec.path("http").hasNonNull("tlsSecret");
        if (!tls || spec.path("http").path("httpEnabled").asBoolean(false)) {
            addRule(ingress, httpPort(keycloak), rules.path("http"));
        }
        if (tls) {
            addRule(ingress, spec.path("http").path("httpsPort").asInt(8443), rules.path("https"));
        }
        addRule(ingress, managementPort(keycloak), rules.path("management"));
        ArrayNode ownPods = Yaml.JSON.createArrayNode();
        ownPods.addObject().putObject("podSelector").set("matchLabels", matchLabels.deepCopy());
        addRule(ingress, JGROUPS_DATA_PORT, ownPods).withArray("ports").addObject().put("port", JGROUPS_FD_PORT).put("protocol", "TCP");
        return Optional.of(policy);
    }

    /** A rule for one port; no peers (an absent or empty list) means every source, as in the operator. */
    private static ObjectNode addRule(ArrayNode ingress, int port, JsonNode peers) {
        ObjectNode rule = ingress.addObject();
        rule.putArray("ports").addObject().put("port", port).put("protocol", "TCP");
        if (peers.isArray() && !peers.isEmpty()) {
            rule.set("from", peers.deepCopy());
        }
        return rule;
    }
}
