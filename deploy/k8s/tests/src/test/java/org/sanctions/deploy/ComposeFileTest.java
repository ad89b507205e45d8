package org.sanctions.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The structure of deploy/compose/compose.yaml (no Docker engine runs here, so it is parsed, not started):
 * the same services, images and realm as the Kubernetes deployment, with the same isolation.
 */
class ComposeFileTest {

    static final Path COMPOSE_DIR = ProjectFiles.resolve("deploy/compose");
    static final JsonNode COMPOSE = Yaml.read(COMPOSE_DIR.resolve("compose.yaml"));
    static final JsonNode SERVICES = COMPOSE.path("services");

    @Test
    void runsPostgresKeycloakAndTheThreeServices() {
        assertThat(SERVICES.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("postgres", "keycloak", "gateway", "registry-service", "lookup-service");
    }

    @Test
    void runsTheImagesOfTheJibBuildAndPinsEveryImage() {
        for (String service : ServiceConfig.SERVICES) {
            assertThat(SERVICES.at("/" + service + "/image").asText()).isEqualTo(ServiceConfig.of(service).image());
        }
        SERVICES.properties().forEach(e -> assertThat(Workloads.tag(e.getValue().path("image").asText()))
                .as(e.getKey() + " image tag").isNotBlank().isNotEqualToIgnoringCase("latest"));
        assertThat(SERVICES.at("/keycloak/image").asText())
                .isEqualTo(Kustomize.overlay("dev").get("Keycloak", RealmImportGenerator.KEYCLOAK_CR_NAME).at("/spec/image").asText());
    }

    @Test
    void keycloakImportsTheRealmFileOfTheLocalRun() {
        JsonNode keycloak = SERVICES.path("keycloak");
        String[] volume = keycloak.at("/volumes/0").asText().split(":");
        Path source = COMPOSE_DIR.resolve(volume[0]).normalize();
        assertThat(source).isEqualTo(ProjectFiles.resolve("deploy/keycloak"));
        assertThat(Files.isRegularFile(ProjectFiles.resolve(RealmImportGenerator.REALM_FILE))).isTrue();
        assertThat(volume[1]).isEqualTo("/opt/keycloak/data/import");
        List<String> command = keycloak.path("command").valueStream().map(JsonNode::asText).toList();
        assertThat(command).contains("--import-realm");
        String hostname = command.stream().filter(a -> a.startsWith("--hostname=")).findFirst().orElseThrow().substring("--hostname=".length());
        String realm = new RealmImportGenerator(ProjectFiles.root()).demoRealm().path("realm").asText();
        for (String service : ServiceConfig.SERVICES) {
            assertThat(SERVICES.at("/" + service + "/environment/QUARKUS_OIDC_TOKEN_ISSUER").asText())
                    .as(service + " trusts the issuer Keycloak puts in tokens").isEqualTo(hostname + "/realms/" + realm);
        }
    }

    @Test
    void everyLocalhostDefaultIsOverriddenAndNoVariableIsUnknown() {
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            Set<String> provided = new HashSet<>();
            SERVICES.path(service).path("environment").fieldNames().forEachRemaining(provided::add);
            config.environmentVariables().forEach((name, fallback) -> {
                if (fallback.contains("localhost")) {
                    assertThat(provided).as(service + " must set " + name).contains(name);
                }
            });
            assertThat(provided).as(service + " sets variables it does not read").allMatch(config::reads);
        }
    }

    @Test
    void onlyTheGatewayAndKeycloakPublishPortsAndOnlySchemaOwnersReachPostgres() {
        SERVICES.properties().forEach(e -> assertThat(e.getValue().has("ports"))
                .as(e.getKey() + " publishes ports").isEqualTo(Set.of("gateway", "keycloak").contains(e.getKey())));
        Set<String> postgresNetworks = networks("postgres");
        SERVICES.fieldNames().forEachRemaining(service -> {
            boolean sharesNetwork = networks(service).stream().anyMatch(postgresNetworks::contains);
            assertThat(sharesNetwork).as(service + " shares a network with postgres")
                    .isEqualTo(Set.of("postgres", "registry-service", "lookup-service").contains(service));
        });
    }

    @Test
    void applicationContainersAreHardenedAsInKubernetes() {
        for (String service : ServiceConfig.SERVICES) {
            JsonNode s = SERVICES.path(service);
            assertThat(s.path("read_only").asBoolean()).as(service + " read_only").isTrue();
            assertThat(s.path("user").asText()).as(service + " user").isEqualTo("185");
            assertThat(s.path("tmpfs").toString()).as(service + " tmpfs").contains("/tmp");
            assertThat(s.path("cap_drop").toString()).as(service + " cap_drop").contains("ALL");
            assertThat(s.path("security_opt").toString()).as(service).contains("no-new-privileges:true");
        }
    }

    @Test
    void servicesWaitForAHealthyDatabaseAndKeycloak() {
        for (String service : List.of("registry-service", "lookup-service")) {
            assertThat(SERVICES.at("/" + service + "/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
            assertThat(SERVICES.at("/" + service + "/depends_on/keycloak/condition").asText()).isEqualTo("service_healthy");
        }
        assertThat(SERVICES.at("/postgres/healthcheck/test").isEmpty()).isFalse();
        assertThat(SERVICES.at("/keycloak/healthcheck/test").isEmpty()).isFalse();
    }

    private static Set<String> networks(String service) {
        Set<String> names = new HashSet<>();
        SERVICES.path(service).path("networks").forEach(n -> names.add(n.asText()));
        return names;
    }
}
