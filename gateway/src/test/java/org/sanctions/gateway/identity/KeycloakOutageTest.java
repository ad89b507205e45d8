package org.sanctions.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.gateway.support.ForgedTokens;
import org.sanctions.gateway.support.ManagementPort;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.TestKeycloak;

/**
 * With Keycloak stopped, tokens it issued before keep working (the gateway verifies them with the keys it holds)
 * and forged ones are still refused with 401, not an error, even though the gateway cannot ask Keycloak about
 * their unknown key.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class KeycloakOutageTest {

    @Inject
    HttpServer server;


    @Test
    void keepsVerifyingTokensWhileKeycloakIsDown() {
        String officer = DemoCaller.OFFICER.token();
        String bank = DemoCaller.BANK_DEMO.token();
        String forged = ForgedTokens.signedWithForeignKey(ForgedTokens.claimsOf(officer), "unknown-key");
        given().auth().oauth2(officer).when().get("/api/v1/search").then().statusCode(200);

        TestKeycloak keycloak = TestKeycloak.server();
        keycloak.stop();
        try {
            given().auth().oauth2(officer).when().get("/api/v1/search").then()
                    .statusCode(200).body("upstream", equalTo("lookup"));
            given().auth().oauth2(bank).contentType("application/json").body("{\"name\":\"Lee\"}")
                    .when().post("/api/v1/screenings").then().statusCode(200);
            given().auth().oauth2(bank).when().get("/api/v1/parties").then().statusCode(403);
            given().auth().oauth2(forged).when().get("/api/v1/search").then()
                    .statusCode(401).body("type", equalTo("urn:sanctions:problem:unauthorized"));
            given().when().get("/api/v1/search").then().statusCode(401);
            given().when().get(ManagementPort.url(server, "/q/health/ready")).then().statusCode(200);
        } finally {
            keycloak.restart();
        }
        given().auth().oauth2(officer).when().get("/api/v1/search").then().statusCode(200);
    }
}
