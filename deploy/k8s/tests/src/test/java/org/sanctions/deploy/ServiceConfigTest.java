package org.sanctions.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifests give every service the configuration it reads and run the images its Jib build produces. */
class ServiceConfigTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyLocalhostDefaultIsOverriddenAndNoVariableIsUnknown(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            Set<String> provided = environmentOf(manifests, manifests.get("Deployment", service));
            config.environmentVariables().forEach((name, fallback) -> {
                if (fallback.contains("localhost")) {
                    assertThat(provided).as(service + " in " + overlay + " must set " + name + " (default " + fallback + ")").contains(name);
                }
            });
            assertThat(provided).as(service + " in " + overlay + " sets variables it does not read").allMatch(config::reads);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void deploymentsRunTheImagesTheJibBuildProduces(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        for (String service : ServiceConfig.SERVICES) {
            String image = manifests.get("Deployment", service).at("/spec/template/spec/containers/0/image").asText();
            String built = ServiceConfig.of(service).image();
            if ("dev".equals(overlay)) {
                assertThat(image).isEqualTo(built);
            } else {
                assertThat(image).as("prod pulls the same image from the bank's registry").endsWith("/" + built);
            }
        }
    }

    @Test
    void imageBuildIsOffByDefaultAndUsesJib() throws IOException {
        for (String service : ServiceConfig.SERVICES) {
            assertThat(ServiceConfig.of(service).properties().getProperty("quarkus.container-image.build")).as(service).isEqualTo("false");
            assertThat(Files.readString(ProjectFiles.resolve(service + "/pom.xml"))).contains("<artifactId>quarkus-container-image-jib</artifactId>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesTrustTheIssuerKeycloakIsConfiguredWith(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        String hostname = manifests.get("Keycloak", RealmImportGenerator.KEYCLOAK_CR_NAME).at("/spec/hostname/hostname").asText();
        String realm = manifests.ofKind("KeycloakRealmImport").get(0).at("/spec/realm/realm").asText();
        JsonNode oidc = manifests.ofKind("ConfigMap").stream().filter(c -> Manifests.name(c).startsWith("sanctions-oidc-")).findFirst().orElseThrow();
        assertThat(oidc.at("/data/QUARKUS_OIDC_TOKEN_ISSUER").asText()).isEqualTo(hostname + "/realms/" + realm);
        assertThat(oidc.at("/data/OIDC_AUTH_SERVER_URL").asText())
                .isEqualTo("http://" + RealmImportGenerator.KEYCLOAK_CR_NAME + "-service:8080/realms/" + realm);
        JsonNode ingress = manifests.get("Ingress", "sanctions");
        assertThat(ingress.at("/spec/rules").valueStream().map(r -> r.path("host").asText()))
                .as("the Ingress serves Keycloak's public host").contains(hostname.replaceFirst("^https?://", ""));
        assertThat(ingress.toString()).as("Keycloak's admin console is not exposed").doesNotContain("/admin");
    }

    /** Names of the environment variables a Deployment's first container gets, from env and envFrom ConfigMaps. */
    static Set<String> environmentOf(Manifests manifests, JsonNode deployment) {
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        Set<String> names = new HashSet<>();
        container.path("env").forEach(e -> names.add(e.path("name").asText()));
        container.path("envFrom").forEach(from -> manifests.get("ConfigMap", from.at("/configMapRef/name").asText())
                .path("data").fieldNames().forEachRemaining(names::add));
        return names;
    }
}
