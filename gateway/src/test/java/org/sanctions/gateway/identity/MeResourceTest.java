package org.sanctions.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.Tokens;

@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class MeResourceTest {

    @Test
    void answersBankSystemWithClientCredentialsToken() {
        String token = Tokens.bankDemo();
        given().auth().oauth2(token).when().get("/api/v1/me").then()
                .statusCode(200)
                .body("clientId", equalTo("bank-demo"))
                .body("username", equalTo("service-account-bank-demo"))
                .body("subject", equalTo(Tokens.claims(token).path("sub").asText()))
                .body("roles", hasItem("screening-client"))
                .body("roles", not(hasItem("compliance-officer")));
    }

    @Test
    void answersOfficerWithPasswordToken() {
        given().auth().oauth2(Tokens.user("officer")).when().get("/api/v1/me").then()
                .statusCode(200)
                .body("username", equalTo("officer"))
                .body("clientId", equalTo("sanctions-cli"))
                .body("roles", hasItem("compliance-officer"))
                .body("roles", not(hasItem("registry-editor")));
    }

    @Test
    void rejectsRequestWithoutTokenWithProblemDocument() {
        assertUnauthorizedProblem(given().header("X-Request-Id", "req-42").when().get("/api/v1/me").then())
                .body("detail", startsWith("A bearer access token"))
                .body("requestId", equalTo("req-42"));
    }

    @Test
    void rejectsMalformedToken() {
        assertUnauthorizedProblem(given().auth().oauth2("not-a-jwt").when().get("/api/v1/me").then())
                .body("detail", startsWith("The bearer token was rejected"));
    }

    @Test
    void rejectsTokenWhosePayloadWasAltered() {
        String[] parts = Tokens.user("officer").split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("compliance-officer", "registry-editor")
                        .getBytes());
        String forged = parts[0] + "." + forgedPayload + "." + parts[2];
        assertUnauthorizedProblem(given().auth().oauth2(forged).when().get("/api/v1/me").then());
    }

    @Test
    void rejectsTokenFromAnotherRealm() {
        assertUnauthorizedProblem(given().auth().oauth2(Tokens.masterAdmin()).when().get("/api/v1/me").then());
    }

    private static ValidatableResponse assertUnauthorizedProblem(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:sanctions:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/me"));
    }
}
