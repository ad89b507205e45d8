package org.sanctions.lookup.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.PostgresResource;

/** Single and batch screening over HTTP, with validation problems and recorded evidence. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class ScreeningApiTest {

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sa-bank-demo"), @Claim(key = "azp", value = "bank-demo")})
    void screensReorderedNameAndExplainsIt() {
        given().contentType(ContentType.JSON).body("{\"name\":\"John Lee Ka Chiu\",\"birthDate\":\"1957\"}")
                .post("/api/v1/screenings").then().statusCode(200)
                .body("screeningId", notNullValue())
                .body("listVersion", greaterThanOrEqualTo(3))
                .body("matches[0].partyId", equalTo(TestParties.LEE))
                .body("matches[0].match", equalTo(true))
                .body("matches[0].primaryName", equalTo("LEE, John Ka-chiu"))
                .body("matches[0].measures[0].program", equalTo("HK-EO13936"))
                .body("matches[0].explanation.alignments.method", hasItem("EXACT"))
                .body("matches[0].explanation.attributes.attribute", hasItem("birthDate"))
                .body("index.stale", equalTo(false));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void contradictingBirthYearTurnsCommonAliasIntoNoMatch() {
        given().contentType(ContentType.JSON).body("{\"name\":\"John Lee\",\"birthDate\":\"1990-04-02\"}")
                .post("/api/v1/screenings").then().statusCode(200).body("matches", hasSize(0));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void thresholdZeroReturnsBestCandidatesUpToLimit() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Lam Lee\",\"threshold\":0,\"limit\":2}")
                .post("/api/v1/screenings").then().statusCode(200)
                .body("matches", hasSize(2)).body("matches.match", everyItem(equalTo(true)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty name                | {"name":""}                                      | name
            missing name              | {"kind":"PERSON"}                                | name
            impossible date           | {"name":"John Lee","birthDate":"1957-13-01"}     | birthDate
            free-text date            | {"name":"John Lee","birthDate":"December 1957"}  | birthDate
            unknown kind              | {"name":"John Lee","kind":"ROBOT"}               | kind
            unknown measure type      | {"name":"John Lee","measureTypes":["JAIL"]}      | measureTypes[0]
            threshold above one       | {"name":"John Lee","threshold":1.5}              | threshold
            limit zero                | {"name":"John Lee","limit":0}                    | limit
            bad nationality           | {"name":"John Lee","nationality":"China"}        | nationality
            bad asOf                  | {"name":"John Lee","asOf":"yesterday"}           | asOf
            NUL in name               | {"name":"John\\u0000Lee"}                      | name
            lone surrogate in name    | {"name":"John \\uD800 Lee"}                    | name
            NUL in program            | {"name":"John Lee","programs":["X\\u0000"]}    | programs[0]
            """)
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void rejectsInvalidRequestWithProblem(String why, String body, String field) {
        given().contentType(ContentType.JSON).header("X-Request-Id", "req-42").body(body)
                .post("/api/v1/screenings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:validation-error"))
                .body("status", equalTo(400))
                .body("requestId", equalTo("req-42"))
                .body("instance", equalTo("/api/v1/screenings"))
                .body("violations.field", hasItem(field));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void rejectsTenThousandCharacterName() {
        given().contentType(ContentType.JSON).body("{\"name\":\"" + "A".repeat(10_000) + "\"}")
                .post("/api/v1/screenings").then().statusCode(400)
                .body("violations.field", hasItem("name"));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void rejectsMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"name\":").post("/api/v1/screenings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:malformed-request"))
                .body("detail", notNullValue());
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void screensBatchAsJsonInOrder() {
        given().contentType(ContentType.JSON).body("{\"items\":[{\"ref\":\"a\",\"name\":\"Ka-chiu LEE\"},"
                + "{\"ref\":\"b\",\"name\":\"Jane Smith\"},{\"ref\":\"c\",\"name\":\"Путин Владимир\"}]}")
                .post("/api/v1/screenings/batch").then().statusCode(200)
                .body("results.ref", equalTo(java.util.List.of("a", "b", "c")))
                .body("results[0].matches[0].partyId", equalTo(TestParties.LEE))
                .body("results[1].matches", hasSize(0))
                .body("results[2].matches[0].partyId", equalTo(TestParties.PUTIN));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void streamsBatchAsNdjson() {
        String body = given().contentType(ContentType.JSON).accept("application/x-ndjson")
                .body("{\"items\":[{\"ref\":\"a\",\"name\":\"Li Jiachao\"},{\"ref\":\"b\",\"name\":\"Carrie Lam\"}]}")
                .post("/api/v1/screenings/batch").then().statusCode(200)
                .contentType(containsString("application/x-ndjson")).extract().asString();
        String[] lines = body.strip().split("\n");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(lines[0]).contains("\"ref\":\"a\"").contains(TestParties.LEE);
        org.assertj.core.api.Assertions.assertThat(lines[1]).contains("\"ref\":\"b\"").contains(TestParties.LAM);
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void rejectsBatchWithInvalidItemNamingIt() {
        given().contentType(ContentType.JSON).body("{\"items\":[{\"name\":\"ok\"},{\"name\":\"\"}]}")
                .post("/api/v1/screenings/batch").then().statusCode(400)
                .body("violations.field", hasItem("items[1].name"));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void rejectsBatchWithNullItem() {
        given().contentType(ContentType.JSON).body("{\"items\":[{\"name\":\"ok\"},null]}")
                .post("/api/v1/screenings/batch").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:validation-error"));
    }
}
