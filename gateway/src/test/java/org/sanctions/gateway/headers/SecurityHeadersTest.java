package org.sanctions.gateway.headers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.TestKeycloak;

/** Security headers on every kind of response, and CORS for the configured origins only. */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class SecurityHeadersTest {

    private static final String ALLOWED_ORIGIN = "http://localhost:8080";

    @Test
    void setsThemOnAForwardedAnswer() {
        assertSecurityHeaders(given().auth().oauth2(DemoCaller.OFFICER.token()).when().get("/api/v1/search")
                .then().statusCode(200))
                .header("Content-Security-Policy", containsString("script-src 'self';"));
    }

    @Test
    void setsThemOnAProblem() {
        assertSecurityHeaders(given().when().get("/api/v1/parties").then().statusCode(401));
    }

    @Test
    void letsSwaggerUiRunItsInlineConfigurationButNothingElse() {
        assertSecurityHeaders(given().when().get("/q/swagger-ui/").then().statusCode(200))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
    }

    @Test
    void pointsThePolicyAtTheIdentityProvider() {
        URI realm = URI.create(TestKeycloak.server().realmUrl());
        given().when().get("/api/openapi").then()
                .header("Content-Security-Policy",
                        containsString("connect-src 'self' " + realm.getScheme() + "://" + realm.getAuthority()));
    }

    @Test
    void answersAPreflightFromAConfiguredOrigin() {
        given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/screenings").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void refusesAPreflightFromAnyOtherOrigin() {
        given().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/screenings").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void exposesNoResponseToAnotherOrigin() {
        given().header("Origin", "https://attacker.example").auth().oauth2(DemoCaller.OFFICER.token())
                .when().get("/api/v1/search").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", ALLOWED_ORIGIN).auth().oauth2(DemoCaller.OFFICER.token())
                .when().get("/api/v1/search").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    private static ValidatableResponse assertSecurityHeaders(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", not(containsString("{identity-provider}")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
    }
}
