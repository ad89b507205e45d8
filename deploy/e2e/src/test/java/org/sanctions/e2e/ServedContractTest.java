package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client in deploy/client is generated from the document merged at build time; the gateway serves the same
 * contract at GET /api/openapi, so that a client a bank generates from the served document is that client.
 */
@ExtendWith(SystemExtension.class)
class ServedContractTest {

    /** The realm written into the build-time document (deploy/client/pom.xml, merged.realm-url). */
    private static final String BUILD_REALM = "http://localhost:8180/realms/sanctions";

    @Test
    void theServedDocumentIsTheOneTheClientWasGeneratedFrom(RunningSystem system) throws IOException {
        JsonNode served = JsonHttp.send("GET", system.gatewayUrl() + "/api/openapi?format=json", null, null, Map.of())
                .expect(200).body();
        JsonNode built;
        try (InputStream in = ServedContractTest.class.getResourceAsStream("/org/sanctions/client/sanctions-api.json")) {
            assertThat(in).as("the build-time document in the client jar").isNotNull();
            built = new ObjectMapper().readTree(in);
        }
        assertThat(served.path("info").path("description").asText()).doesNotContain("INCOMPLETE");
        // the one deployment-specific value: the realm browsers log in at
        JsonNode servedHere = new ObjectMapper().readTree(served.toString()
                .replace(system.keycloak().realmUrl(), BUILD_REALM));
        assertThat(servedHere.path("paths")).isEqualTo(built.path("paths"));
        assertThat(servedHere.path("components")).isEqualTo(built.path("components"));
        assertThat(servedHere).isEqualTo(built);
    }
}
