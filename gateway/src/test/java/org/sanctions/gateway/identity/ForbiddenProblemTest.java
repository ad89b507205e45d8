package org.sanctions.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.Tokens;

@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class ForbiddenProblemTest {

    @Test
    void refusesValidTokenWithoutTheRoleWithProblemDocument() {
        given().auth().oauth2(Tokens.user("officer")).when().get("/test/editors-only").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:forbidden"))
                .body("status", equalTo(403))
                .body("instance", equalTo("/test/editors-only"));
    }

    @Test
    void admitsTokenWithTheRole() {
        given().auth().oauth2(Tokens.user("editor")).when().get("/test/editors-only").then()
                .statusCode(200);
    }

    @Test
    void asksAnonymousCallerToAuthenticateRatherThanForbidding() {
        given().when().get("/test/editors-only").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:unauthorized"));
    }
}
