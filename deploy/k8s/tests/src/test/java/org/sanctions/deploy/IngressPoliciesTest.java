package org.sanctions.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The NetworkPolicy evaluator itself, so that the isolation tests can be trusted to fail when isolation breaks. */
class IngressPoliciesTest {

    static final Endpoint API = Endpoint.pod("api", "app", Map.of("tier", "api"), Map.of("http", 8080));
    static final Endpoint WEB = Endpoint.pod("web", "app", Map.of("tier", "web"), Map.of());
    static final Endpoint WEB_ELSEWHERE = Endpoint.pod("web-elsewhere", "other", Map.of("tier", "web"), Map.of());
    static final Endpoint INTERNET = Endpoint.outsideCluster("internet", "203.0.113.10");

    static IngressPolicies policies(String yaml) {
        return new IngressPolicies(Yaml.documents(yaml));
    }

    @Test
    void podWithoutPolicyAcceptsEverything() {
        assertThat(policies("").admits(INTERNET, API, 8080)).isTrue();
    }

    @Test
    void defaultDenyRefusesEverything() {
        IngressPolicies deny = policies("metadata: {name: deny, namespace: app}\nspec: {podSelector: {}, policyTypes: [Ingress]}");
        assertThat(deny.admits(WEB, API, 8080)).isFalse();
        assertThat(deny.admits(INTERNET, API, 8080)).isFalse();
    }

    @Test
    void egressOnlyPolicyDoesNotIsolateIngress() {
        IngressPolicies egress = policies("metadata: {name: e, namespace: app}\nspec: {podSelector: {}, policyTypes: [Egress]}");
        assertThat(egress.admits(INTERNET, API, 8080)).isTrue();
    }

    @Test
    void podSelectorPeerMeansSameNamespaceOnly() {
        IngressPolicies p = policies("""
                metadata: {name: web-to-api, namespace: app}
                spec:
                  podSelector: {matchLabels: {tier: api}}
                  ingress: [{from: [{podSelector: {matchLabels: {tier: web}}}], ports: [{port: http}]}]
                """);
        assertThat(p.admits(WEB, API, 8080)).isTrue();
        assertThat(p.admits(WEB, API, 9090)).as("other port").isFalse();
        assertThat(p.admits(WEB_ELSEWHERE, API, 8080)).as("same labels, other namespace").isFalse();
        assertThat(p.admits(INTERNET, API, 8080)).isFalse();
    }

    @Test
    void namespaceAndPodSelectorInOnePeerMustBothMatch() {
        IngressPolicies p = policies("""
                metadata: {name: np, namespace: app}
                spec:
                  podSelector: {}
                  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}},
                                     podSelector: {matchExpressions: [{key: tier, operator: In, values: [web]}]}}]}]
                """);
        assertThat(p.admits(WEB_ELSEWHERE, API, 8080)).isTrue();
        assertThat(p.admits(WEB, API, 8080)).as("right pod, wrong namespace").isFalse();
        assertThat(p.admits(Endpoint.pod("db", "other", Map.of("tier", "db"), Map.of()), API, 8080)).isFalse();
    }

    @Test
    void ipBlockHonoursExceptions() {
        IngressPolicies p = policies("""
                metadata: {name: ip, namespace: app}
                spec:
                  podSelector: {}
                  ingress: [{from: [{ipBlock: {cidr: 203.0.113.0/24, except: [203.0.113.10/32]}}]}]
                """);
        assertThat(p.admits(Endpoint.outsideCluster("neighbour", "203.0.113.11"), API, 8080)).isTrue();
        assertThat(p.admits(INTERNET, API, 8080)).isFalse();
    }

    @Test
    void keycloakCrWithoutHttpSourcesOpensKeycloakToEveryone() {
        JsonNode keycloak = Yaml.documents("""
                kind: Keycloak
                metadata: {name: kc, namespace: app}
                spec: {http: {httpEnabled: true}, networkPolicy: {enabled: true}}
                """).get(0);
        IngressPolicies p = new IngressPolicies(List.of(KeycloakOperatorPolicy.from(keycloak).orElseThrow()));
        Endpoint server = Endpoint.pod("kc", "app", KeycloakOperatorPolicy.serverLabels("kc"), Map.of());
        assertThat(p.admits(INTERNET, server, 8080)).isTrue();
        assertThat(p.admits(INTERNET, server, 7800)).as("clustering port stays closed").isFalse();
    }

    @Test
    void anAllowAllPolicyAddedToTheDevOverlayIsDetected() {
        Manifests dev = Kustomize.overlay("dev");
        List<JsonNode> docs = new ArrayList<>(dev.documents());
        docs.addAll(Yaml.documents("kind: NetworkPolicy\nmetadata: {name: allow-all, namespace: "
                + new ClusterModel(dev).namespace + "}\nspec: {podSelector: {}, ingress: [{}]}"));
        Manifests leaky = new Manifests(docs);
        assertThat(NetworkIsolationTest.servicesReachableFromOutside(leaky, new ClusterModel(leaky)))
                .contains("registry-service:8081 <- internet", "lookup-service:8082 <- ingress-controller");
    }
}
