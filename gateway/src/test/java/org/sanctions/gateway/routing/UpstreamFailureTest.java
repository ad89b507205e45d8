package org.sanctions.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.gateway.support.LogCapture;
import org.sanctions.testkit.KeycloakResource;

/** A service that is down gives 502, one that is too slow 504, both as problems that name no internal host. */
@QuarkusTest
@TestProfile(UpstreamFailureTest.LookupDownRegistrySlow.class)
class UpstreamFailureTest {

    /** Nothing listens where lookup-service should be; the registry fake is there, but may be told to dawdle. */
    public static class LookupDownRegistrySlow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.upstream.response-timeout", "1S");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakResource.class),
                    new TestResourceEntry(FakeUpstreamsResource.class, Map.of("lookup", "down")));
        }
    }

    @Test
    void answersBadGatewayWhenTheServiceIsDown() throws Exception {
        String requestId = UUID.randomUUID().toString();
        try (LogCapture log = LogCapture.of("org.sanctions.gateway.routing")) {
            given().auth().oauth2(DemoCaller.BANK_DEMO.token()).header("X-Request-Id", requestId)
                    .contentType("application/json").body("{\"name\":\"Lee\"}")
                    .when().post("/api/v1/screenings").then()
                    .statusCode(502)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:sanctions:problem:upstream-unavailable"))
                    .body("detail", containsString("lookup service"))
                    .body("detail", not(containsString("127.0.0.1")))
                    .body("instance", equalTo("/api/v1/screenings"))
                    .body("requestId", equalTo(requestId));
            assertThat(log.await(line -> requestId.equals(line.requestId())).orElseThrow().message())
                    .contains("forwarding POST /api/v1/screenings to the LOOKUP service failed");
        }
    }

    @Test
    void answersGatewayTimeoutWhenTheServiceIsTooSlow() {
        Instant start = Instant.now();
        given().auth().oauth2(DemoCaller.OFFICER.token()).when().get("/api/v1/parties?fakeDelayMs=5000").then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:upstream-timeout"))
                .body("detail", containsString("registry service"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void waitsForAServiceThatIsSlowButWithinTheTimeout() {
        given().auth().oauth2(DemoCaller.OFFICER.token()).when().get("/api/v1/parties?fakeDelayMs=300").then()
                .statusCode(200).body("upstream", equalTo("registry"));
    }

    @Test
    void mergedApiDocumentSaysWhichPartIsMissing() {
        given().when().get("/api/openapi").then()
                .statusCode(200)
                .body("info.description", containsString("INCOMPLETE"))
                .body("info.description", containsString("lookup service"))
                .body("'x-sanctions-sources'.find { it.service == 'lookup' }.status", equalTo("missing"))
                .body("'x-sanctions-sources'.find { it.service == 'registry' }.status", equalTo("included"))
                .body("paths", hasKey("/api/v1/parties"))
                .body("paths", not(hasKey("/api/v1/screenings")));
    }
}
