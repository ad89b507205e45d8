package org.sanctions.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.Fakes;

/** Per-client rate limits (429 + Retry-After), per-route body limits (413), per-client jobs in flight (429). */
@QuarkusTest
@TestProfile(LimitsTest.TightLimits.class)
class LimitsTest {

    /** Small limits so that tests reach them quickly; only bank-demo is rate-limited tightly. */
    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.limits.body.json", "1K",
                    "gateway.limits.body.upload", "256K",
                    "gateway.limits.body.imports", "128K",
                    "gateway.limits.clients.\"bank-demo\".per-second", "0.5",
                    "gateway.limits.clients.\"bank-demo\".burst", "3",
                    "gateway.limits.clients.\"sanctions-cli\".jobs-in-flight", "1");
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void limitsEachClientToItsOwnRateWithRetryAfter() throws Exception {
        String bank = DemoCaller.BANK_DEMO.token();
        Response refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            Response response = screen(bank);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("the 4th request within a second exceeds a burst of 3").isNotNull();
        refused.then().contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:rate-limited"))
                .body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 2L);

        // another client is not affected
        given().auth().oauth2(DemoCaller.LOOKUP_SERVICE.token()).when().get("/api/v1/changes").then()
                .statusCode(200);
        Thread.sleep(retryAfter * 1000);
        assertThat(screen(bank).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesABodyDeclaredLargerThanTheRoutesLimit() {
        String requestId = UUID.randomUUID().toString();
        given().auth().oauth2(DemoCaller.OFFICER.token()).header("X-Request-Id", requestId)
                .contentType("application/json").body("{\"name\":\"" + "x".repeat(2000) + "\"}")
                .when().post("/api/v1/screenings").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:payload-too-large"))
                .body("requestId", equalTo(requestId));
        assertThat(Fakes.seen("lookup", requestId)).isZero();
    }

    @Test
    void allowsUploadsMoreThanJsonOnTheSameService() {
        byte[] file = new byte[200 * 1024];
        given().auth().oauth2(DemoCaller.OFFICER.token()).contentType("text/csv").body(file)
                .when().post("/api/v1/screening-jobs").then()
                .statusCode(200).body("bodyBytes", equalTo(file.length));
    }

    @Test
    void boundsListImportsBelowScreeningJobUploads() {
        String requestId = UUID.randomUUID().toString();
        given().auth().oauth2(DemoCaller.EDITOR.token()).header("X-Request-Id", requestId)
                .multiPart("file", "sdn.csv", new byte[200 * 1024]).multiPart("reason", "too large")
                .when().post("/api/v1/imports").then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:payload-too-large"));
        // a multipart body may go chunked: then the registry gets what passed before the count reached the limit
        assertThat(Fakes.received("registry", requestId)).isLessThanOrEqualTo(128 * 1024);
    }

    @Test
    void stopsAStreamedUploadOnceItPassesTheLimit() throws Exception {
        String requestId = UUID.randomUUID().toString();
        byte[] chunk = new byte[64 * 1024];
        // no Content-Length: the size is only known by counting the bytes as they go through
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/screening-jobs"))
                .header("Authorization", "Bearer " + DemoCaller.OFFICER.token()).header("X-Request-Id", requestId)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                        Stream.generate(() -> new ByteArrayInputStream(chunk)).limit(8).toList()))))
                .build();

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("urn:sanctions:problem:payload-too-large", requestId);
        assertThat(Fakes.received("lookup", requestId)).isLessThanOrEqualTo(256 * 1024);
    }

    @Test
    void limitsJobUploadsInFlightPerClient() throws Exception {
        String hold = UUID.randomUUID().toString();
        String firstId = UUID.randomUUID().toString();
        String officer = DemoCaller.OFFICER.token();
        CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(HttpRequest.newBuilder(
                        gateway.resolve("/api/v1/screening-jobs?fakeHold=" + hold))
                .header("Authorization", "Bearer " + officer).header("X-Request-Id", firstId)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("name\nLee\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        Awaitility.await("the first job upload reached the service").atMost(Duration.ofSeconds(30))
                .pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> Fakes.seen("lookup", firstId) > 0);

        String secondId = UUID.randomUUID().toString();
        given().auth().oauth2(DemoCaller.EDITOR.token()).header("X-Request-Id", secondId).contentType("text/csv")
                .body("name\nLam\n").when().post("/api/v1/imports").then()
                .statusCode(429)
                .header("Retry-After", "5")
                .body("type", equalTo("urn:sanctions:problem:rate-limited"))
                .body("title", equalTo("Too many jobs in flight"));
        assertThat(Fakes.seen("registry", secondId)).isZero();

        Fakes.release("lookup", hold);
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        given().auth().oauth2(officer).contentType("text/csv").body("name\nLam\n")
                .when().post("/api/v1/screening-jobs").then().statusCode(200);
    }

    private static Response screen(String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"name\":\"Lee\"}")
                .when().post("/api/v1/screenings");
    }
}
