package org.sanctions.registry.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.sanctions.registry.TestData.program;
import static org.sanctions.registry.TestData.unique;
import static org.sanctions.registry.TestData.write;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.TestData;
import org.sanctions.testkit.PostgresResource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = "registry-editor")
class ProgramResourceTest {

    @Test
    void createsReadsAndListsProgram() {
        String code = unique("HK");
        write().body(program(code)).post("/api/v1/programs").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/programs/" + code))
                .header("ETag", "\"1\"").body("code", equalTo(code)).body("version", equalTo(1))
                .body("authority", equalTo("US-OFAC")).body("retiredOn", nullValue());
        given().get("/api/v1/programs/" + code).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Test program " + code)).body("legalBasis", equalTo("Executive Order 13936"));
        given().get("/api/v1/programs").then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void rejectsDuplicateCode() {
        String code = TestData.createProgram();
        write().body(program(code)).post("/api/v1/programs").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:sanctions:problem:conflict"));
    }

    @Test
    void updatesWithIfMatchAndRetiresInsteadOfDeleting() {
        String code = TestData.createProgram();
        Map<String, Object> body = program(code);
        body.put("name", "Renamed");
        body.put("retiredOn", "2025-01-01");
        write().header("If-Match", "\"1\"").body(body).put("/api/v1/programs/" + code).then().statusCode(200)
                .header("ETag", "\"2\"").body("name", equalTo("Renamed")).body("retiredOn", equalTo("2025-01-01"));
        given().get("/api/v1/programs").then().body("items.code", not(hasItem(code)));
        given().get("/api/v1/programs?includeRetired=true").then().body("items.code", hasItem(code));
        given().delete("/api/v1/programs/" + code).then().statusCode(405)
                .body("type", equalTo("urn:sanctions:problem:method-not-allowed"));
        given().get("/api/v1/programs/" + code).then().statusCode(200);
    }

    @Test
    void rejectsUpdateWithoutIfMatch() {
        String code = TestData.createProgram();
        write().body(program(code)).put("/api/v1/programs/" + code).then().statusCode(428)
                .body("type", equalTo("urn:sanctions:problem:precondition-required"));
    }

    @Test
    void rejectsUpdateWithStaleVersion() {
        String code = TestData.createProgram();
        Map<String, Object> first = program(code);
        first.put("name", "First writer");
        write().header("If-Match", "\"1\"").body(first).put("/api/v1/programs/" + code).then().statusCode(200)
                .header("ETag", "\"2\"");
        Map<String, Object> second = program(code);
        second.put("name", "Second writer");
        write().header("If-Match", "\"1\"").body(second).put("/api/v1/programs/" + code).then().statusCode(412)
                .body("type", equalTo("urn:sanctions:problem:precondition-failed"));
        given().get("/api/v1/programs/" + code).then().body("name", equalTo("First writer"));
    }

    @Test
    void keepsVersionWhenAnUpdateChangesNothing() {
        String code = TestData.createProgram();
        write().header("If-Match", "\"1\"").body(program(code)).put("/api/v1/programs/" + code).then().statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void rejectsCodeChangeOnUpdate() {
        String code = TestData.createProgram();
        write().header("If-Match", "\"1\"").body(program("OTHER-CODE")).put("/api/v1/programs/" + code).then()
                .statusCode(400).body("violations[0].field", equalTo("code"));
    }

    @Test
    void answersNotFoundForUnknownProgram() {
        given().get("/api/v1/programs/NO-SUCH-PROGRAM").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:sanctions:problem:not-found"))
                .body("instance", equalTo("/api/v1/programs/NO-SUCH-PROGRAM"));
        write().header("If-Match", "\"1\"").body(program("NO-SUCH-PROGRAM")).put("/api/v1/programs/NO-SUCH-PROGRAM")
                .then().statusCode(404);
    }

    @Test
    void answersNotFoundForACodeThatCannotExist() {
        // a NUL byte used to reach PostgreSQL, which refuses it: a 500 instead of "no such program"
        given().urlEncodingEnabled(false).get("/api/v1/programs/X%00").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:sanctions:problem:not-found"));
        write().urlEncodingEnabled(false).header("If-Match", "\"1\"").body(program("X")).put("/api/v1/programs/X%00")
                .then().statusCode(404);
    }

    @Test
    void rejectsInvalidProgramAndCreatesNothing() {
        String code = unique("BAD");
        Map<String, Object> body = program(code);
        body.put("authority", "us ofac");
        body.put("url", "ftp://example.org");
        body.put("name", " ");
        write().body(body).post("/api/v1/programs").then().statusCode(400)
                .body("type", equalTo("urn:sanctions:problem:validation-error"))
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("authority", "name", "url"));
        given().get("/api/v1/programs/" + code).then().statusCode(404);
    }

    @Test
    void requiresAReasonForEveryWrite() {
        String code = unique("NR");
        given().contentType("application/json").body(program(code)).post("/api/v1/programs").then().statusCode(400)
                .body("violations[0].field", equalTo("X-Change-Reason"));
        given().get("/api/v1/programs/" + code).then().statusCode(404);
    }
}
