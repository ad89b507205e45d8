package org.sanctions.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.ForgedTokens;
import org.sanctions.gateway.support.KeycloakAdmin;
import org.sanctions.testkit.Tokens;

/**
 * After Keycloak starts signing with a new key, the gateway picks the key up the first time it sees a token
 * signed with it, and tokens signed with the old key keep working until they expire.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.FreshGateway.class)
class KeyRotationTest {

    /**
     * A gateway of its own: a forced key refresh happens at most once a minute, and another test's forged token
     * with an unknown key may just have spent it.
     */
    public static class FreshGateway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.limits.per-second", "201");
        }
    }

    @Test
    void acceptsTokensSignedWithANewKeyAfterRotation() {
        String before = Tokens.user("auditor");
        given().auth().oauth2(before).when().get("/api/v1/search").then().statusCode(200);

        KeycloakAdmin.addSigningKey(1000 + (int) (System.nanoTime() % 1000));
        String after = Tokens.user("auditor");
        assertThat(ForgedTokens.keyIdOf(after)).isNotEqualTo(ForgedTokens.keyIdOf(before));

        given().auth().oauth2(after).when().get("/api/v1/search").then()
                .statusCode(200).body("upstream", equalTo("lookup"));
        given().auth().oauth2(before).when().get("/api/v1/search").then().statusCode(200);
    }
}
