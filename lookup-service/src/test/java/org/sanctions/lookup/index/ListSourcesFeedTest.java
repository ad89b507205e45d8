package org.sanctions.lookup.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.testkit.PostgresResource;

/**
 * The feed's source and import events (no party, fields the index does not know) are taken in stride, and every
 * screening answer, single and batch, names the file each source last applied.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class ListSourcesFeedTest {

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = {"screening-client", "auditor"})
    void answersAndTheirEvidenceNameTheAppliedFileOfEachSourceAndTheFeedKeepsFlowing() {
        String job = UUID.randomUUID().toString();
        String sha = "5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50";
        FakeRegistry registry = FakeRegistry.get();
        registry.publishOther("SOURCE_FETCHED", "SOURCE", "ofac-sdn", "\"source\":{\"id\":\"ofac-sdn\",\"state\":"
                + "\"IMPORTING\",\"fileSha256\":\"" + sha + "\",\"fileSize\":3909739,\"etag\":\"x\"},\"importJob\":null");
        registry.publishOther("IMPORT_APPLIED", "IMPORT", job, "\"source\":null,\"importJob\":{\"id\":\"" + job
                + "\",\"source\":\"ofac-sdn\",\"sourceId\":\"ofac-sdn\",\"state\":\"SUCCEEDED\",\"fileSha256\":\"" + sha
                + "\",\"counts\":{\"added\":1},\"delta\":{\"added\":1},\"appliedAt\":\"2026-11-28T09:58:00Z\"},"
                + "\"somethingNew\":{\"a\":1}");
        String id = UUID.randomUUID().toString();
        long seq = registry.publish("PARTY_CREATED", id, TestParties.person(id, "OKONJO-BRANDT, Chidubem", "[]",
                "1966", "SDGT", "2024-01-10", "ACTIVE", null));

        Eventually.within(Duration.ofSeconds(2), () -> screen("Chidubem Okonjo-Brandt")
                .body("listVersion", org.hamcrest.Matchers.greaterThanOrEqualTo((int) seq))
                .body("matches.partyId", hasItem(id))
                .body("sources.find { it.source == 'ofac-sdn' }.fileSha256", equalTo(sha))
                .body("sources.find { it.source == 'ofac-sdn' }.appliedAt", equalTo("2026-11-28T09:58:00Z"))
                .body("sources.find { it.source == 'ofac-sdn' }.importId", equalTo(job))
                .body("sources.find { it.source == 'ofac-sdn' }.state", equalTo("APPLIED")));
        // the evidence keeps the list state the answer named, for the auditor
        String screening = screen("Chidubem Okonjo-Brandt").extract().path("screeningId");
        given().get("/api/v1/screenings/" + screening).then().statusCode(200)
                .body("listSources.find { it.source == 'ofac-sdn' }.fileSha256", equalTo(sha))
                .body("listSources.find { it.source == 'ofac-sdn' }.importId", equalTo(job))
                .body("listSources.find { it.source == 'ofac-sdn' }.appliedAt", equalTo("2026-11-28T09:58:00Z"));

        registry.publishOther("SOURCE_FETCH_FAILED", "SOURCE", "ofac-sdn", "\"source\":{\"id\":\"ofac-sdn\","
                + "\"state\":\"FETCH_FAILED\",\"error\":\"HTTP 500\"},\"importJob\":null");
        Eventually.within(Duration.ofSeconds(2), () -> given().contentType(ContentType.JSON)
                .body("{\"items\":[{\"ref\":\"c-1\",\"name\":\"Chidubem Okonjo-Brandt\"}]}")
                .post("/api/v1/screenings/batch").then().statusCode(200)
                .body("sources.find { it.source == 'ofac-sdn' }.fileSha256", equalTo(sha))
                .body("sources.find { it.source == 'ofac-sdn' }.state", equalTo("FETCH_FAILED")));
    }

    private static io.restassured.response.ValidatableResponse screen(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}").post("/api/v1/screenings")
                .then().statusCode(200);
    }
}
