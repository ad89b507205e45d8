package org.sanctions.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CloudNativePG clusters: sizes per overlay, the bootstrapped databases, and that the clients point at them. */
class PostgresClusterTest {

    @ParameterizedTest
    @CsvSource({"dev, 1", "prod, 3"})
    void everyDatabaseClusterHasTheOverlaysInstanceCount(String overlay, int instances) {
        Manifests manifests = Kustomize.overlay(overlay);
        assertThat(manifests.ofKind("Cluster")).extracting(Manifests::name).containsExactlyInAnyOrder("sanctions-db", "keycloak-db");
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            assertThat(cluster.at("/spec/instances").asInt()).as(Manifests.name(cluster) + " in " + overlay).isEqualTo(instances);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesUseTheBootstrappedSanctionsDatabase(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        JsonNode initdb = manifests.get("Cluster", "sanctions-db").at("/spec/bootstrap/initdb");
        assertThat(initdb.path("database").asText()).isEqualTo("sanctions");
        String expectedUrl = "jdbc:postgresql://sanctions-db-rw:5432/" + initdb.path("database").asText();
        for (String service : new String[] {"registry-service", "lookup-service"}) {
            JsonNode container = manifests.get("Deployment", service).at("/spec/template/spec/containers/0");
            String configMap = container.at("/envFrom").valueStream().map(f -> f.at("/configMapRef/name").asText())
                    .filter(n -> n.startsWith(service + "-config")).findFirst().orElseThrow();
            assertThat(manifests.get("ConfigMap", configMap).at("/data/DB_URL").asText()).as(service).isEqualTo(expectedUrl);
            assertThat(container.at("/env").valueStream().filter(e -> e.path("name").asText().startsWith("DB_"))
                    .map(e -> e.at("/valueFrom/secretKeyRef/name").asText()))
                    .as(service + " reads the credentials CloudNativePG generates").containsOnly("sanctions-db-app");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void keycloakUsesItsOwnDatabaseCluster(String overlay) {
        Manifests manifests = Kustomize.overlay(overlay);
        JsonNode db = manifests.get("Keycloak", RealmImportGenerator.KEYCLOAK_CR_NAME).at("/spec/db");
        JsonNode initdb = manifests.get("Cluster", "keycloak-db").at("/spec/bootstrap/initdb");
        assertThat(db.path("host").asText()).isEqualTo("keycloak-db-rw");
        assertThat(db.path("database").asText()).isEqualTo(initdb.path("database").asText());
        assertThat(db.at("/usernameSecret/name").asText()).isEqualTo("keycloak-db-app");
        assertThat(db.at("/passwordSecret/name").asText()).isEqualTo("keycloak-db-app");
    }
}
