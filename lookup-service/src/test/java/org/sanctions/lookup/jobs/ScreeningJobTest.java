package org.sanctions.lookup.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.PostgresResource;

/** Jobs stream any-size uploads, report progress, keep bad rows as row errors and serve results as NDJSON or CSV. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class ScreeningJobTest {

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sa-bank-jobs"), @Claim(key = "azp", value = "bank-demo")})
    void csvJobScreensGoodRowsAndReportsBadOnes() {
        String csv = """
                name,ref,kind,birthDate,nationality
                John Lee Ka Chiu,r1,PERSON,1957,CN
                ,r2,,,
                "Unclosed quote,r3
                Jane Smith,r4,ROBOT,,
                Carrie Lam,r5,,1957-13-45,
                Carrie Lam,r6,,,
                Maria Gonzalez,r7,,,
                """;
        String id = submit("text/csv", csv);

        Eventually.within(Duration.ofSeconds(15), () -> given().get("/api/v1/screening-jobs/" + id).then()
                .statusCode(200).body("status", equalTo("COMPLETED")));
        given().get("/api/v1/screening-jobs/" + id).then().body("rowsProcessed", equalTo(7))
                .body("rowsFailed", equalTo(4)).body("rowsMatched", equalTo(2));
        List<String> lines = lines(given().accept("application/x-ndjson")
                .get("/api/v1/screening-jobs/" + id + "/results").then().statusCode(200).extract().asString());
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).contains("\"ref\":\"r1\"", "\"status\":\"OK\"", TestParties.LEE);
        assertThat(lines.get(1)).contains("\"ref\":\"r2\"", "\"status\":\"ERROR\"", "name");
        assertThat(lines.get(2)).contains("\"status\":\"ERROR\"", "malformed CSV line");
        assertThat(lines.get(3)).contains("\"ref\":\"r4\"", "kind");
        assertThat(lines.get(4)).contains("\"ref\":\"r5\"", "birthDate");
        assertThat(lines.get(5)).contains("\"ref\":\"r6\"", TestParties.LAM);
        String resultCsv = given().accept("text/csv").get("/api/v1/screening-jobs/" + id + "/results").then()
                .statusCode(200).extract().asString();
        assertThat(lines(resultCsv)).hasSize(8).first().asString().startsWith("row,ref,status");
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sa-bank-jobs")})
    void ndjsonJobKeepsMalformedLinesAsRowErrors() {
        String ndjson = "{\"ref\":\"a\",\"name\":\"Li Jiachao\"}\nnot json\n[1,2]\n"
                + "{\"ref\":\"d\",\"name\":\"Vladimir Putin\"}\n";
        String id = submit("application/x-ndjson", ndjson);

        Eventually.within(Duration.ofSeconds(15), () -> given().get("/api/v1/screening-jobs/" + id).then()
                .statusCode(200).body("status", equalTo("COMPLETED")).body("rowsProcessed", equalTo(4))
                .body("rowsFailed", equalTo(2)).body("rowsMatched", equalTo(2)));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void rejectsInvalidOptionsAndUnknownMediaType() {
        given().contentType("text/csv").body("name\nx\n").queryParam("threshold", "3")
                .post("/api/v1/screening-jobs").then().statusCode(400)
                .body("violations[0].field", equalTo("threshold"));
        given().contentType("text/csv").body("name\nx\n").queryParam("program", "X\u0000")
                .post("/api/v1/screening-jobs").then().statusCode(400)
                .body("violations[0].field", equalTo("program"));
        given().contentType("application/xml").body("<a/>").post("/api/v1/screening-jobs").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void unknownJobIsNotFound() {
        given().get("/api/v1/screening-jobs/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:sanctions:problem:not-found"));
    }

    private static String submit(String type, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return given().contentType(type).body(bytes).post("/api/v1/screening-jobs").then().statusCode(202)
                .header("Location", notNullValue()).extract().path("jobId");
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.strip().split("\n")).toList();
    }
}
