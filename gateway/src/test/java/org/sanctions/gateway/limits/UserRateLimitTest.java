package org.sanctions.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;

/**
 * Users of the shared client sanctions-cli (real realm users, password grant) each have their own bucket: one that
 * floods is refused while another user of the same client goes on, and so does a machine client.
 */
@QuarkusTest
@TestProfile(UserRateLimitTest.TightUserLimits.class)
class UserRateLimitTest {

    /** A small per-user bucket; the client buckets keep their generous defaults. */
    public static class TightUserLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.limits.per-user.per-second", "0.2", "gateway.limits.per-user.burst", "5");
        }
    }

    @Test
    void oneUserFloodingASharedClientDoesNotLockOutAnother() {
        String officer = DemoCaller.OFFICER.token();
        Response refused = null;
        for (int i = 0; i < 20 && refused == null; i++) {
            Response response = given().auth().oauth2(officer).when().get("/api/v1/parties/" + UUID.randomUUID());
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("the officer goes over a user burst of 5").isNotNull();
        refused.then().contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:rate-limited"))
                .body("detail", containsString("User 'officer' of client 'sanctions-cli'"));

        given().auth().oauth2(DemoCaller.AUDITOR.token()).when().get("/api/v1/audit/events").then()
                .statusCode(200);
        given().auth().oauth2(DemoCaller.EDITOR.token()).when().get("/api/v1/parties/" + UUID.randomUUID()).then()
                .statusCode(200);
        for (int i = 0; i < 8; i++) {
            given().auth().oauth2(DemoCaller.BANK_DEMO.token()).contentType("application/json")
                    .body("{\"name\":\"Lee\"}").when().post("/api/v1/screenings").then().statusCode(200);
        }
        given().auth().oauth2(officer).when().get("/api/v1/parties/" + UUID.randomUUID()).then().statusCode(429);
    }
}
