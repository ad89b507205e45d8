package org.sanctions.lookup.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.testkit.PostgresResource;

/** Before the first snapshot is loaded the service is not ready and refuses to screen rather than answer empty. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestProfile(RegistryUnreachableAtStartTest.NoRegistry.class)
class RegistryUnreachableAtStartTest {

    /** Points the service at a port where nothing listens. */
    public static class NoRegistry implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lookup.registry.url", "http://127.0.0.1:9");
        }
    }

    @Test
    void readinessIsDownUntilTheIndexIsLoaded() {
        Eventually.within(Duration.ofSeconds(10), () -> given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'screening-index' }.data.lastError", notNullValue()));
    }

    @Test
    @TestSecurity(user = "bank", roles = "screening-client")
    void screeningIsRefusedWithAProblemInsteadOfAnEmptyAnswer() {
        given().contentType(ContentType.JSON).body("{\"name\":\"John Lee Ka Chiu\"}").post("/api/v1/screenings")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:upstream-unavailable"))
                .body("detail", org.hamcrest.Matchers.containsString("not loaded"));
    }

    @Test
    void livenessStaysUp() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.not(hasItem("screening-index")));
    }
}
