package org.sanctions.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods an overlay will run, as NetworkPolicies see them: those of the Deployments, the CloudNativePG
 * instances and the Keycloak server and realm-import job (labels the operators set), plus sources that
 * sit outside the application: the ingress controller, other namespaces, the internet.
 */
final class ClusterModel {

    static final String INGRESS_CONTROLLER = "ingress-controller";
    static final String CNPG_OPERATOR = "cnpg-operator";
    static final String MONITORING = "monitoring";
    static final String OTHER_NAMESPACE = "pod-in-other-namespace";
    static final String STRAY_POD = "stray-pod-in-namespace";
    static final String INTERNET = "internet";

    final String namespace;
    final Map<String, Endpoint> pods = new LinkedHashMap<>();
    final Map<String, Endpoint> outside = new LinkedHashMap<>();
    final IngressPolicies policies;

    ClusterModel(Manifests manifests) {
        namespace = Manifests.namespace(manifests.ofKind("Deployment").get(0));
        manifests.ofKind("Deployment").forEach(this::addDeployment);
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            pods.put(Manifests.name(cluster), Endpoint.pod(Manifests.name(cluster), namespace,
                    Map.of("cnpg.io/cluster", Manifests.name(cluster), "cnpg.io/podRole", "instance"),
                    Map.of("postgresql", 5432, "status", 8000, "metrics", 9187)));
        }
        List<JsonNode> allPolicies = new ArrayList<>(manifests.ofKind("NetworkPolicy"));
        for (JsonNode keycloak : manifests.ofKind("Keycloak")) {
            String name = Manifests.name(keycloak);
            pods.put(name, Endpoint.pod(name, namespace, KeycloakOperatorPolicy.serverLabels(name),
                    Map.of("http", KeycloakOperatorPolicy.httpPort(keycloak), "management", KeycloakOperatorPolicy.managementPort(keycloak))));
            KeycloakOperatorPolicy.from(keycloak).ifPresent(allPolicies::add);
        }
        for (JsonNode realmImport : manifests.ofKind("KeycloakRealmImport")) {
            String crName = realmImport.path("spec").path("keycloakCRName").asText();
            pods.put(Manifests.name(realmImport) + "-job", Endpoint.pod(Manifests.name(realmImport) + "-job", namespace,
                    KeycloakOperatorPolicy.realmImportLabels(crName), Map.of()));
        }
        policies = new IngressPolicies(allPolicies);
        addOutsideSources();
    }

    private void addDeployment(JsonNode deployment) {
        JsonNode template = deployment.path("spec").path("template");
        Map<String, String> labels = Manifests.labels(template.path("metadata").path("labels"));
        Map<String, Integer> ports = new HashMap<>();
        for (JsonNode container : template.path("spec").path("containers")) {
            container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
        }
        pods.put(Manifests.name(deployment), Endpoint.pod(Manifests.name(deployment), namespace, labels, ports));
    }

    private void addOutsideSources() {
        outside.put(INGRESS_CONTROLLER, Endpoint.pod(INGRESS_CONTROLLER, "ingress-nginx",
                Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of()));
        outside.put(CNPG_OPERATOR, Endpoint.pod(CNPG_OPERATOR, "cnpg-system",
                Map.of("app.kubernetes.io/name", "cloudnative-pg"), Map.of()));
        outside.put(MONITORING, Endpoint.pod(MONITORING, "monitoring", Map.of("app.kubernetes.io/name", "prometheus"), Map.of()));
        outside.put(OTHER_NAMESPACE, Endpoint.pod(OTHER_NAMESPACE, "tenant-b", Map.of("app", "web"), Map.of()));
        outside.put(STRAY_POD, Endpoint.pod(STRAY_POD, namespace, Map.of("app", "debug-shell"), Map.of()));
        outside.put(INTERNET, Endpoint.outsideCluster(INTERNET, "203.0.113.10"));
    }

    /** Every pod and outside source, by name. */
    Map<String, Endpoint> allSources() {
        Map<String, Endpoint> all = new LinkedHashMap<>(pods);
        all.putAll(outside);
        return all;
    }

    Endpoint pod(String name) {
        Endpoint pod = pods.get(name);
        if (pod == null) {
            throw new IllegalArgumentException("No pod " + name + " in the model; known: " + pods.keySet());
        }
        return pod;
    }
}
