package org.sanctions.gateway.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.gateway.support.LogCapture;
import org.sanctions.testkit.KeycloakResource;

/** X-Request-Id in, to the service, back out, in the problem and in the MDC of the one access log line. */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class RequestTracingTest {

    private static final String SCREENING = "{\"name\":\"John Lee Ka-chiu\",\"nationality\":\"HK\"}";

    @Test
    void passesTheCallersRequestIdOnAndLogsTheRequestOnceWithoutBodyOrToken() throws Exception {
        String requestId = "trace-2026.11:" + UUID.randomUUID();
        String token = DemoCaller.BANK_DEMO.token();
        try (LogCapture access = LogCapture.of("org.sanctions.gateway.access")) {
            given().auth().oauth2(token).header("X-Request-Id", requestId).contentType("application/json")
                    .body(SCREENING).when().post("/api/v1/screenings?threshold=0.5").then()
                    .statusCode(200)
                    .header("X-Request-Id", requestId)
                    .body("headers.x-request-id", equalTo(requestId));

            LogCapture.Line line = access.await(l -> requestId.equals(l.requestId())).orElseThrow();
            assertThat(line.message()).contains("client=bank-demo", "user=service-account-bank-demo",
                    "method=POST", "route=/api/v1/screenings", "path=/api/v1/screenings", "status=200",
                    "bytesIn=" + SCREENING.length(), "latencyMs=");
            assertThat(line.message()).doesNotContain("John", "threshold", token.substring(0, 40));
            assertThat(access.await(l -> requestId.equals(l.requestId()) && l != line)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces in it", "semi;colon", "quote\"d", "%0d%0aSet-Cookie:x"})
    void replacesAnImplausibleRequestIdWithAGeneratedOne(String offered) {
        Response response = given().auth().oauth2(DemoCaller.OFFICER.token()).header("X-Request-Id", offered)
                .when().get("/api/v1/search");
        String used = response.header("X-Request-Id");
        assertThat(used).isNotEqualTo(offered);
        assertThat(UUID.fromString(used)).isNotNull();
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(used);
    }

    @Test
    void replacesAnOverlongRequestId() {
        String offered = "a".repeat(129);
        Response response = given().auth().oauth2(DemoCaller.OFFICER.token()).header("X-Request-Id", offered)
                .when().get("/api/v1/search");
        assertThat(response.header("X-Request-Id")).isNotEqualTo(offered).hasSize(36);
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void generatesARequestIdWhenThereIsNone() {
        Response response = given().auth().oauth2(DemoCaller.AUDITOR.token()).when().get("/api/v1/audit/verify");
        String used = response.header("X-Request-Id");
        assertThat(UUID.fromString(used)).isNotNull();
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(used);
    }

    @Test
    void putsTheRequestIdInProblemsAndTheirLogLine() throws Exception {
        String requestId = UUID.randomUUID().toString();
        try (LogCapture access = LogCapture.of("org.sanctions.gateway.access")) {
            given().auth().oauth2(DemoCaller.BANK_DEMO.token()).header("X-Request-Id", requestId)
                    .when().get("/api/v1/parties").then()
                    .statusCode(403)
                    .header("X-Request-Id", requestId)
                    .body("requestId", equalTo(requestId));
            assertThat(access.await(l -> requestId.equals(l.requestId())).orElseThrow().message())
                    .contains("client=bank-demo", "status=403", "route=/api/v1/parties/**");
        }
    }
}
