package org.sanctions.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Decides whether a set of NetworkPolicies admits a TCP connection, with the semantics of the Kubernetes
 * API: a pod selected by no Ingress policy accepts everything; a selected pod accepts a connection when
 * at least one rule of one selecting policy matches both the port and the source.
 */
record IngressPolicies(List<JsonNode> policies) {

    boolean admits(Endpoint from, Endpoint to, int port) {
        List<JsonNode> selecting = policies.stream().filter(p -> selects(p, to)).toList();
        return selecting.isEmpty() || selecting.stream().anyMatch(p -> anyRuleAdmits(p, from, to, port));
    }

    private static boolean selects(JsonNode policy, Endpoint to) {
        return Manifests.namespace(policy).equals(to.namespace())
                && governsIngress(policy.path("spec"))
                && LabelSelector.parse(policy.path("spec").path("podSelector")).matches(to.labels());
    }

    private static boolean governsIngress(JsonNode spec) {
        JsonNode types = spec.get("policyTypes");
        if (types == null || types.isEmpty()) {
            return true; // Ingress is implied when policyTypes is absent
        }
        for (JsonNode type : types) {
            if ("Ingress".equals(type.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyRuleAdmits(JsonNode policy, Endpoint from, Endpoint to, int port) {
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            if (portMatches(rule.path("ports"), to, port) && sourceMatches(rule.path("from"), Manifests.namespace(policy), from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean portMatches(JsonNode ports, Endpoint to, int port) {
        if (ports.isEmpty()) {
            return true;
        }
        for (JsonNode entry : ports) {
            if (!"TCP".equals(entry.path("protocol").asText("TCP"))) {
                continue;
            }
            JsonNode value = entry.get("port");
            if (value == null) {
                return true;
            }
            int first = value.isInt() ? value.asInt() : to.namedPorts().getOrDefault(value.asText(), -1);
            int last = entry.path("endPort").asInt(first);
            if (port >= first && port <= last) {
                return true;
            }
        }
        return false;
    }

    private static boolean sourceMatches(JsonNode peers, String policyNamespace, Endpoint from) {
        if (peers.isEmpty()) {
            return true;
        }
        for (JsonNode peer : peers) {
            if (peerMatches(peer, policyNamespace, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean peerMatches(JsonNode peer, String policyNamespace, Endpoint from) {
        if (peer.has("ipBlock")) {
            return Cidr.contains(peer.path("ipBlock"), from.ip());
        }
        if (!from.isPod()) {
            return false;
        }
        boolean namespaceOk = peer.has("namespaceSelector")
                ? LabelSelector.parse(peer.path("namespaceSelector")).matches(from.namespaceLabels())
                : policyNamespace.equals(from.namespace());
        boolean podOk = !peer.has("podSelector") || LabelSelector.parse(peer.path("podSelector")).matches(from.labels());
        return namespaceOk && podOk;
    }
}
