package org.sanctions.registry.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.sanctions.registry.TestData.addMeasure;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.createProgram;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.program;
import static org.sanctions.registry.TestData.write;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.testkit.PostgresResource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = "registry-editor")
class MeasureResourceTest {

    @Test
    void addsMeasureWithProgramDefaults() {
        String program = createProgram();
        String id = createParty(person("LAM, Carrie"));
        String location = write().body(measure(program, "ASSET_FREEZE", "2020-08-07"))
                .post("/api/v1/parties/" + id + "/measures").then().statusCode(201).header("ETag", "\"2\"")
                .body("version", equalTo(2)).body("measures[0].program", equalTo(program))
                .body("measures[0].authority", equalTo("US-OFAC"))
                .body("measures[0].effectiveDate", equalTo("2020-08-07"))
                .body("measures[0].status", equalTo("ACTIVE")).body("measures[0].statusDate", nullValue())
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("type", equalTo("ASSET_FREEZE"))
                .body("listedDate", equalTo("2020-08-07"));
    }

    @Test
    void revokesMeasureAndKeepsIt() {
        String program = createProgram();
        String id = createParty(person("LEE, John Ka-chiu"));
        String measureId = addMeasure(id, measure(program, "ASSET_FREEZE", "2020-08-07"));
        write().body(Map.of("date", "2025-01-15", "reason", "Delisted")).post(revoke(id, measureId)).then()
                .statusCode(200).header("ETag", "\"3\"")
                .body("measures[0].status", equalTo("REVOKED")).body("measures[0].statusDate", equalTo("2025-01-15"))
                .body("measures[0].statusReason", equalTo("Delisted"));
        write().body(Map.of("date", "2025-01-16", "reason", "again")).post(revoke(id, measureId)).then()
                .statusCode(409).body("type", equalTo("urn:sanctions:problem:conflict"));
        given().get("/api/v1/parties/" + id + "/measures/" + measureId).then().body("status", equalTo("REVOKED"));
    }

    @Test
    void recordsExpiry() {
        String program = createProgram();
        String id = createParty(person("SHEN, Yueyue"));
        String measureId = addMeasure(id, measure(program, "VISA_RESTRICTION", "2020-12-07"));
        write().body(Map.of("date", "2023-12-07", "reason", "Lapsed", "status", "EXPIRED")).post(revoke(id, measureId))
                .then().statusCode(200).body("measures[0].status", equalTo("EXPIRED"));
    }

    @Test
    void rejectsInvalidMeasuresAndChangesNothing() {
        String program = createProgram();
        String id = createParty(person("CAO, Jianming"));
        String path = "/api/v1/parties/" + id + "/measures";
        write().body(measure("NO-SUCH-PROGRAM", "ASSET_FREEZE", "2020-08-07")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("program"));
        write().body(measure(program, "EXILE", "2020-08-07")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("type"));
        write().body(measure(program, "ASSET_FREEZE", "2020-02-30")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("listedDate"));
        write().body(measure(program, "ASSET_FREEZE", "1850-01-01")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("listedDate"));
        Map<String, Object> noDate = measure(program, "ASSET_FREEZE", null);
        write().body(noDate).post(path).then().statusCode(400).body("violations[0].field", equalTo("listedDate"));
        given().get("/api/v1/parties/" + id).then().header("ETag", "\"1\"").body("measures.size()", equalTo(0));
    }

    @Test
    void rejectsRevocationsThatMakeNoSense() {
        String program = createProgram();
        String id = createParty(person("WAN, Exiang"));
        String measureId = addMeasure(id, measure(program, "ASSET_FREEZE", "2020-12-07"));
        write().body(Map.of("date", "2019-01-01", "reason", "too early")).post(revoke(id, measureId)).then()
                .statusCode(400).body("violations[0].field", equalTo("date"));
        write().body(Map.of("date", "2021-01-01", "reason", "x", "status", "ACTIVE")).post(revoke(id, measureId)).then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
        write().body(Map.of("date", "2021-01-01")).post(revoke(id, measureId)).then()
                .statusCode(400).body("violations[0].field", equalTo("reason"));
        write().body(Map.of("date", "2021-01-01", "reason", "x"))
                .post(revoke(id, "00000000-0000-4000-8000-000000000000")).then().statusCode(404);
        given().get("/api/v1/parties/" + id).then().header("ETag", "\"2\"").body("measures[0].status", equalTo("ACTIVE"));
    }

    @Test
    void refusesNewMeasuresUnderRetiredProgram() {
        String program = createProgram();
        Map<String, Object> retired = program(program);
        retired.put("retiredOn", "2024-01-01");
        write().header("If-Match", "\"1\"").body(retired).put("/api/v1/programs/" + program).then().statusCode(200);
        String id = createParty(person("JI, Bingxuan"));
        write().body(measure(program, "ASSET_FREEZE", "2024-06-01")).post("/api/v1/parties/" + id + "/measures")
                .then().statusCode(409);
    }

    @Test
    void checksIfMatchWhenSentOnMeasureWrites() {
        String program = createProgram();
        String id = createParty(person("DING, Zhongli"));
        write().header("If-Match", "\"7\"").body(measure(program, "ASSET_FREEZE", "2020-12-07"))
                .post("/api/v1/parties/" + id + "/measures").then().statusCode(412);
        write().header("If-Match", "\"1\"").body(measure(program, "ASSET_FREEZE", "2020-12-07"))
                .post("/api/v1/parties/" + id + "/measures").then().statusCode(201);
    }

    @Test
    void answersNotFoundForUnknownPartyOrMeasure() {
        String program = createProgram();
        write().body(measure(program, "ASSET_FREEZE", "2020-12-07"))
                .post("/api/v1/parties/00000000-0000-4000-8000-000000000000/measures").then().statusCode(404);
        String id = createParty(person("HAO, Mingjin"));
        given().get("/api/v1/parties/" + id + "/measures/00000000-0000-4000-8000-000000000000").then().statusCode(404)
                .body("type", equalTo("urn:sanctions:problem:not-found"));
    }

    private static String revoke(String partyId, String measureId) {
        return "/api/v1/parties/" + partyId + "/measures/" + measureId + "/revoke";
    }
}
