package org.sanctions.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The KeycloakRealmImports equal deploy/keycloak/sanctions-realm.json: verbatim in dev, minus the documented demo parts in prod. */
class RealmImportTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    final RealmImportGenerator generator = new RealmImportGenerator(ProjectFiles.root());

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void committedRealmImportIsWhatTheGeneratorWrites(String overlay) throws IOException {
        assertThat(Files.readString(generator.target(overlay)))
                .as("deploy/k8s/overlays/" + overlay + "/realm-import.yaml is stale: run deploy/k8s/generate-realm-import.sh")
                .isEqualTo(generator.render(overlay));
    }

    @Test
    void devImportsTheRealmFileVerbatim() {
        assertThat(renderedImport("dev").at("/spec/realm")).isEqualTo(generator.demoRealm());
        assertThat(renderedImport("dev").at("/spec/placeholders").isMissingNode()).isTrue();
    }

    @Test
    void prodImportsNoDemoUserAndNoDemoClient() {
        JsonNode realm = renderedImport("prod").at("/spec/realm");
        List<String> clientIds = realm.path("clients").valueStream().map(c -> c.path("clientId").asText()).toList();
        assertThat(clientIds).noneMatch(id -> id.endsWith("-demo"));
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("serviceAccountClientId").asText()).as("user " + user.path("username")).isIn(clientIds);
            assertThat(user.has("credentials")).as("credentials of " + user.path("username")).isFalse();
        }
    }

    @Test
    void prodClientSecretsComeOnlyFromKubernetesSecrets() {
        JsonNode realmImport = renderedImport("prod");
        for (JsonNode client : realmImport.at("/spec/realm/clients")) {
            if (!ProdRealm.isConfidential(client)) {
                continue;
            }
            String clientId = client.path("clientId").asText();
            Matcher placeholder = PLACEHOLDER.matcher(client.path("secret").asText());
            assertThat(placeholder.matches()).as("secret of " + clientId + " is a placeholder").isTrue();
            JsonNode ref = realmImport.at("/spec/placeholders/" + placeholder.group(1) + "/secret");
            assertThat(ref.path("name").asText()).as(clientId).isEqualTo("oidc-client-" + clientId);
            assertThat(ref.path("key").asText()).isEqualTo("secret");
        }
        String text = realmImport.at("/spec/realm").toString();
        List<String> placeholders = PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).distinct().toList();
        // Keycloak's import replaces ${NAME} with an environment variable of that name and leaves unknown ones
        // alone; the realm's own message keys (${profileScopeConsentText}, ${client_id}) are lower or mixed case,
        // so they cannot collide with the upper-case variables the operator and the image define.
        assertThat(placeholders).as("every upper-case ${...} in the realm is a declared placeholder")
                .allMatch(name -> realmImport.at("/spec/placeholders").has(name) || !name.equals(name.toUpperCase()));
        assertThat(placeholders).contains(ProdRealm.placeholderName("lookup-service"));
        assertThat(text).doesNotContain("localhost", "127.0.0.1");
        generator.demoRealm().path("clients").valueStream().map(c -> c.path("secret").asText()).filter(s -> !s.isEmpty())
                .forEach(demoSecret -> assertThat(text).as("demo secret left in prod").doesNotContain(demoSecret));
    }

    @Test
    void prodKeepsEverythingElseOfTheRealmFile() {
        ObjectNode prod = renderedImport("prod").at("/spec/realm").deepCopy();
        ObjectNode demo = generator.demoRealm().deepCopy();
        assertThat(prod.remove(List.of("users", "clients"))).isNotNull();
        demo.remove(List.of("users", "clients"));
        assertThat(prod).isEqualTo(demo);
        assertThat(renderedImport("prod").at("/spec/realm"))
                .isEqualTo(ProdRealm.from(generator.demoRealm(), generator.prodPublicUrl()).realm());
    }

    @Test
    void lookupServiceReadsTheSecretTheRealmImportUses() {
        Manifests prod = Kustomize.overlay("prod");
        JsonNode secretEnv = prod.get("Deployment", "lookup-service").at("/spec/template/spec/containers/0/env").valueStream()
                .filter(e -> "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET".equals(e.path("name").asText())).findFirst().orElseThrow();
        String placeholder = ProdRealm.placeholderName("lookup-service");
        assertThat(secretEnv.at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo(renderedImport("prod").at("/spec/placeholders/" + placeholder + "/secret/name").asText());
    }

    private static JsonNode renderedImport(String overlay) {
        List<JsonNode> imports = Kustomize.overlay(overlay).ofKind("KeycloakRealmImport");
        assertThat(imports).as("KeycloakRealmImport in overlay " + overlay).hasSize(1);
        assertThat(imports.get(0).at("/spec/keycloakCRName").asText()).isEqualTo(RealmImportGenerator.KEYCLOAK_CR_NAME);
        return imports.get(0);
    }
}
