package org.sanctions.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every Deployment of every overlay must satisfy: probes, limits, hardening, pinned images, secrets by reference. */
class DeploymentInvariantsTest {

    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|CREDENTIAL|PRIVATE_KEY|API_KEY).*");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerProbesQuarkusHealth(String overlay) {
        for (Workloads.Container c : containers(overlay)) {
            assertThat(c.container().at("/livenessProbe/httpGet/path").asText()).as(c + " liveness").isEqualTo("/q/health/live");
            assertThat(c.container().at("/readinessProbe/httpGet/path").asText()).as(c + " readiness").isEqualTo("/q/health/ready");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayIsProbedOnItsManagementPortOnly(String overlay) {
        for (Workloads.Container c : containers(overlay)) {
            if (!c.deployment().equals("gateway")) {
                continue;
            }
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(c.container().at("/" + probe + "/httpGet/port").asText()).as(c + " " + probe)
                        .isEqualTo("management");
            }
            assertThat(c.container().path("ports").findValuesAsText("name")).contains("http", "management");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasResourceRequestsAndLimits(String overlay) {
        for (Workloads.Container c : containers(overlay)) {
            for (String field : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                assertThat(c.container().at("/resources/" + field).asText()).as(c + " resources " + field).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRunsNonRootOnAReadOnlyRootWithoutCapabilities(String overlay) {
        for (Workloads.Container c : containers(overlay)) {
            JsonNode security = c.container().path("securityContext");
            JsonNode podSecurity = c.pod().path("securityContext");
            assertThat(security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false)))
                    .as(c + " runAsNonRoot").isTrue();
            assertThat(security.path("runAsUser").asInt(podSecurity.path("runAsUser").asInt(0))).as(c + " user id").isPositive();
            assertThat(security.path("readOnlyRootFilesystem").asBoolean(false)).as(c + " readOnlyRootFilesystem").isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(c + " allowPrivilegeEscalation").isFalse();
            assertThat(security.path("privileged").asBoolean(false)).as(c + " privileged").isFalse();
            assertThat(security.at("/capabilities/drop").valueStream().map(JsonNode::asText)).as(c + " dropped capabilities").contains("ALL");
            assertThat(security.at("/capabilities/add").isEmpty()).as(c + " added capabilities").isTrue();
            assertThat(security.at("/seccompProfile/type").asText(podSecurity.at("/seccompProfile/type").asText()))
                    .as(c + " seccomp").isEqualTo("RuntimeDefault");
            assertThat(tmpVolume(c)).as(c + " writable /tmp from an emptyDir").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyImageIsPinnedToAVersionTag(String overlay) {
        for (String image : Workloads.images(Kustomize.overlay(overlay))) {
            String reference = image.substring(image.indexOf(": ") + 2);
            assertThat(Workloads.tag(reference)).as(image).isNotBlank().isNotEqualToIgnoringCase("latest");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretValuesAreOnlyReferenced(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        for (Workloads.Container c : containers(overlay)) {
            for (JsonNode env : c.container().path("env")) {
                if (SECRET_NAME.matcher(env.path("name").asText()).matches()) {
                    assertThat(env.has("value")).as(c + " env " + env.path("name").asText() + " has a literal value").isFalse();
                    assertThat(env.at("/valueFrom/secretKeyRef/name").asText()).as(c + " env " + env.path("name").asText()).isNotBlank();
                }
            }
        }
        for (JsonNode configMap : manifests.ofKind("ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key ->
                    assertThat(key).as("ConfigMap " + Manifests.name(configMap) + " holds a secret-like key").doesNotMatch(SECRET_NAME));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyReferencedConfigMapIsRendered(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        for (Workloads.Container c : containers(overlay)) {
            c.container().path("envFrom").forEach(from -> {
                String name = from.at("/configMapRef/name").asText();
                assertThat(manifests.has("ConfigMap", name)).as(c + " needs ConfigMap " + name).isTrue();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesThatMigrateASchemaRollOutOneReplicaAtATime(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        for (String name : List.of("registry-service", "lookup-service")) {
            JsonNode strategy = manifests.get("Deployment", name).at("/spec/strategy");
            assertThat(strategy.path("type").asText()).as(name).isEqualTo("RollingUpdate");
            assertThat(strategy.at("/rollingUpdate/maxSurge").asText()).as(name + " maxSurge").isEqualTo("1");
            assertThat(strategy.at("/rollingUpdate/maxUnavailable").asText()).as(name + " maxUnavailable").isEqualTo("0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void gatewayAndLookupAreScaledByAutoscalersThatOwnTheirReplicas(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        for (String name : List.of("gateway", "lookup-service")) {
            JsonNode hpa = manifests.get("HorizontalPodAutoscaler", name);
            assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
            assertThat(hpa.at("/spec/minReplicas").asInt()).isPositive().isLessThanOrEqualTo(hpa.at("/spec/maxReplicas").asInt());
            assertThat(manifests.get("Deployment", name).at("/spec/replicas").isMissingNode())
                    .as(name + " sets replicas, which would fight the autoscaler on every apply").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentIsCoveredByADisruptionBudget(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            JsonNode labels = deployment.at("/spec/template/metadata/labels");
            boolean covered = manifests.ofKind("PodDisruptionBudget").stream().anyMatch(pdb -> LabelSelector
                    .parse(pdb.at("/spec/selector")).matches(Manifests.labels(labels)));
            assertThat(covered).as("PodDisruptionBudget for " + Manifests.name(deployment)).isTrue();
        }
    }

    private static List<Workloads.Container> containers(String overlay) {
        List<Workloads.Container> containers = Workloads.containers(Kustomize.overlay(overlay));
        assertThat(containers).as("containers in overlay " + overlay).hasSizeGreaterThanOrEqualTo(3);
        return containers;
    }

    private static boolean tmpVolume(Workloads.Container c) {
        return c.container().path("volumeMounts").valueStream()
                .filter(m -> "/tmp".equals(m.path("mountPath").asText()))
                .anyMatch(m -> c.pod().path("volumes").valueStream()
                        .anyMatch(v -> v.path("name").asText().equals(m.path("name").asText()) && v.has("emptyDir")));
    }
}
