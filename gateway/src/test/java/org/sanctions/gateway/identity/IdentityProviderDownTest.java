package org.sanctions.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IdentityProviderDownTest.KeycloakUnreachable.class)
class IdentityProviderDownTest {

    /** Points the gateway at a port where no Keycloak listens. */
    public static class KeycloakUnreachable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/sanctions",
                    "quarkus.oidc.connection-delay", "0S");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void answersServiceUnavailableProblemRatherThanServerError() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").when().get("/api/v1/me").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", Integer.toString(AuthProblems.IDENTITY_PROVIDER_RETRY_AFTER))
                .body("type", equalTo("urn:sanctions:problem:upstream-unavailable"))
                .body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void stillAsksCallersWithoutTokenToAuthenticate() {
        given().when().get("/api/v1/me").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
