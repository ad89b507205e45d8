package org.sanctions.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Computes, from the rendered NetworkPolicies, who can open a connection to whom, and compares with the design. */
class NetworkIsolationTest {

    /** Target pod and port of every connection the design allows; everything else must be refused. */
    static final Set<String> INTENDED = Set.of(
            "ingress-controller -> gateway:8080",
            "ingress-controller -> keycloak:8080",
            "gateway -> registry-service:8081",
            "gateway -> lookup-service:8082",
            "gateway -> keycloak:8080",
            "lookup-service -> registry-service:8081",
            "lookup-service -> sanctions-db:5432",
            "lookup-service -> keycloak:8080",
            "registry-service -> sanctions-db:5432",
            "registry-service -> keycloak:8080",
            "sanctions-db -> sanctions-db:5432",
            "sanctions-db -> sanctions-db:8000",
            "cnpg-operator -> sanctions-db:8000",
            "keycloak -> keycloak-db:5432",
            "sanctions-realm-job -> keycloak-db:5432",
            "keycloak-db -> keycloak-db:5432",
            "keycloak-db -> keycloak-db:8000",
            "cnpg-operator -> keycloak-db:8000",
            "monitoring -> keycloak:9000");

    static final Map<String, int[]> TARGET_PORTS = Map.of(
            "gateway", new int[] {8080},
            "registry-service", new int[] {8081},
            "lookup-service", new int[] {8082},
            "sanctions-db", new int[] {5432, 8000},
            "keycloak-db", new int[] {5432, 8000},
            "keycloak", new int[] {8080, 9000});

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayServiceIsReachableFromOutside(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        assertThat(servicesReachableFromOutside(manifests, new ClusterModel(manifests)))
                .as("Service ports that a source outside the application (ingress controller, other namespace, "
                        + "stray pod, internet) can open, in overlay " + overlay)
                .containsExactly("gateway:8080 <- ingress-controller");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void componentsConnectExactlyAsDesigned(String overlay) {
        ClusterModel model = new ClusterModel(Kustomize.overlay(overlay));
        assertThat(allowedConnections(model)).as("connections NetworkPolicy admits in overlay " + overlay)
                .containsExactlyInAnyOrderElementsOf(INTENDED);
    }

    /** "service:port <- source" for every Service port an outside source can reach through the policies. */
    static Set<String> servicesReachableFromOutside(Manifests manifests, ClusterModel model) {
        Set<String> reachable = new TreeSet<>();
        for (JsonNode service : manifests.ofKind("Service")) {
            Map<String, String> selector = Manifests.labels(service.at("/spec/selector"));
            for (Endpoint pod : model.pods.values()) {
                if (selector.isEmpty() || !pod.labels().entrySet().containsAll(selector.entrySet())) {
                    continue;
                }
                for (JsonNode port : service.at("/spec/ports")) {
                    JsonNode target = port.path("targetPort");
                    int containerPort = target.isInt() ? target.asInt() : pod.namedPorts().getOrDefault(target.asText(port.path("port").asText()), -1);
                    model.outside.values().stream().filter(source -> model.policies.admits(source, pod, containerPort))
                            .forEach(source -> reachable.add(Manifests.name(service) + ":" + port.path("port").asInt() + " <- " + source));
                }
            }
        }
        return reachable;
    }

    static Set<String> allowedConnections(ClusterModel model) {
        Set<String> allowed = new TreeSet<>();
        TARGET_PORTS.forEach((target, ports) -> {
            Endpoint to = model.pod(target);
            for (int port : ports) {
                model.allSources().values().stream().filter(from -> model.policies.admits(from, to, port))
                        .forEach(from -> allowed.add(from + " -> " + target + ":" + port));
            }
        });
        return allowed;
    }
}
