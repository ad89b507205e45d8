package org.sanctions.registry.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.program;
import static org.sanctions.registry.TestData.unique;
import static org.sanctions.registry.TestData.write;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanctions.registry.common.Roles;

/**
 * Maker-checker with registry.maker-checker.mode=ALL: every editor write becomes a change request that changes
 * nothing until a second editor approves it. Two editors take turns (each step is a method, as each runs as one
 * person); the audit chain still verifies at the end.
 */
@QuarkusTest
@TestProfile(ChangeRequestTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeRequestTest {

    /** Every manual write needs a second editor. */
    public static class Profile extends MakerCheckerProfile {
        public Profile() {
            super("sanctions_change_requests", Map.of("registry.maker-checker.mode", "ALL"));
        }
    }

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final String NAME = "CHANGE REQUEST TEST, Ka-chiu";
    private static String programCode;
    private static String createRequest;
    private static String partyId;
    private static String updateRequest;
    private static String staleMeasureRequest;
    private static String measureRequest;
    private static String patchRequest;

    @Test
    @Order(1)
    @TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.AUDITOR})
    void aCreateBecomesARequestThatChangesNothingAndItsMakerCannotApproveIt() {
        programCode = unique("P");
        write().body(program(programCode)).post("/api/v1/programs").then().statusCode(201); // programs are not held

        ExtractableResponse<Response> held = given().contentType(ContentType.JSON).header("X-Change-Reason", "Designated 2020-08-07")
                .body(person(NAME)).post("/api/v1/parties").then().statusCode(202).extract();
        createRequest = held.path("id");
        assertThat(held.header("Location")).endsWith("/api/v1/change-requests/" + createRequest);
        assertThat((String) held.path("state")).isEqualTo("PENDING");
        assertThat((String) held.path("kind")).isEqualTo("CREATE_PARTY");
        assertThat((String) held.path("maker.username")).isEqualTo("editor");
        assertThat((String) held.path("maker.reason")).isEqualTo("Designated 2020-08-07");
        assertThat((Object) held.path("baseVersion")).isNull();
        assertThat((String) held.path("diff.after.names[0].fullName")).isEqualTo(NAME);
        assertThat(held.jsonPath().getList("diff.changes.path", String.class)).contains("/names", "/positions")
                .doesNotContain("/id", "/version");

        assertThat(partiesNamed(NAME)).isZero();
        assertChainValid(); // the dry run appended nothing

        // bad input is refused as it would be without maker-checker, and no request is stored
        Map<String, Object> nameless = person("X");
        nameless.remove("names");
        write().body(nameless).post("/api/v1/parties").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(pending().getList("items.id")).containsExactly(createRequest);

        given().contentType(ContentType.JSON).body(Map.of("reason", "mine is fine"))
                .post("/api/v1/change-requests/" + createRequest + "/approval").then().statusCode(403)
                .contentType("application/problem+json").body("type", containsString("four-eyes"))
                .body("detail", containsString("a second editor must approve"));
        given().get("/api/v1/change-requests/" + createRequest).then().statusCode(200).body("state", equalTo("PENDING"));
        assertThat(partiesNamed(NAME)).isZero();
    }

    @Test
    @Order(2)
    @TestSecurity(user = "editor2", roles = {Roles.EDITOR, Roles.AUDITOR})
    void aSecondEditorAppliesItAndTheAuditNamesBoth() {
        JsonPath applied = approve(createRequest, "Checked the Federal Register").then().statusCode(200).extract()
                .jsonPath();
        assertThat(applied.getString("state")).isEqualTo("APPLIED");
        assertThat(applied.getString("checker.username")).isEqualTo("editor2");
        assertThat(applied.getLong("resultVersion")).isEqualTo(1);
        partyId = applied.getString("partyId");
        assertThat(partiesNamed(NAME)).isEqualTo(1);

        JsonPath event = given().queryParam("party", partyId).get("/api/v1/audit/events").then().statusCode(200)
                .extract().jsonPath();
        assertThat(event.getList("events")).hasSize(1);
        assertThat(event.getString("events[0].actor.username")).isEqualTo("editor2");
        assertThat(event.getString("events[0].reason")).isEqualTo("change request " + createRequest
                + ", made by editor (Designated 2020-08-07), approved by editor2: Checked the Federal Register");

        // editor2 proposes an update and a measure, both against version 1
        var update = person(NAME);
        update.put("positions", List.of("Chief Secretary for Administration"));
        update.put("sources", party().getList("sources"));
        JsonPath held = write().header("If-Match", "\"1\"").body(update).put("/api/v1/parties/" + partyId).then()
                .statusCode(202).body("baseVersion", equalTo(1)).body("kind", equalTo("UPDATE_PARTY"))
                .extract().jsonPath();
        updateRequest = held.getString("id");
        assertThat(newValueAt(held, "/positions/0")).isEqualTo("Chief Secretary for Administration");
        staleMeasureRequest = write().body(measure(programCode, "ASSET_FREEZE", "2020-08-07"))
                .post("/api/v1/parties/" + partyId + "/measures").then().statusCode(202)
                .body("kind", equalTo("ADD_MEASURE")).extract().path("id");
        assertThat(party().getLong("version")).isEqualTo(1);
        assertThat(party().getList("positions")).containsExactly("Secretary for Security");
        assertThat(party().getList("measures")).isEmpty();
    }

    @Test
    @Order(3)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void anApprovalAfterAConcurrentChangeIsRefusedAsStale() {
        approve(updateRequest, null).then().statusCode(200).body("state", equalTo("APPLIED"))
                .body("resultVersion", equalTo(2));
        assertThat(party().getList("positions")).containsExactly("Chief Secretary for Administration");

        approve(staleMeasureRequest, "fine").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("STALE"));
        given().get("/api/v1/change-requests/" + staleMeasureRequest).then().body("state", equalTo("STALE"));
        assertThat(party().getLong("version")).isEqualTo(2);
        assertThat(party().getList("measures")).isEmpty();
        approve(staleMeasureRequest, "again").then().statusCode(409);

        measureRequest = given().contentType(ContentType.JSON).header("X-Change-Reason", "Listed under EO 13936")
                .body(measure(programCode, "ASSET_FREEZE", "2020-08-07"))
                .post("/api/v1/parties/" + partyId + "/measures").then().statusCode(202)
                .body("baseVersion", equalTo(2)).extract().path("id");
        patchRequest = given().contentType("application/merge-patch+json").header("X-Change-Reason", "typo")
                .header("If-Match", "\"2\"").body(Map.of("positions", List.of("Chief Secretary")))
                .patch("/api/v1/parties/" + partyId).then().statusCode(202).body("kind", equalTo("PATCH_PARTY"))
                .extract().path("id");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "editor2", roles = Roles.EDITOR)
    void rejectionNeedsAReasonAndOnlyTheMakerWithdraws() {
        approve(measureRequest, "Matches the OFAC notice").then().statusCode(200).body("resultVersion", equalTo(3));
        assertThat(party().getList("measures.status")).containsExactly("ACTIVE");

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/change-requests/" + patchRequest
                + "/rejection").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "not mine to drop"))
                .post("/api/v1/change-requests/" + patchRequest + "/withdrawal").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/change-requests/" + patchRequest).then().body("state", equalTo("PENDING"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "The title is the full one"))
                .post("/api/v1/change-requests/" + patchRequest + "/rejection").then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("checker.reason", equalTo("The title is the full one"));
        approve(patchRequest, "too late").then().statusCode(409);
        assertThat(party().getLong("version")).isEqualTo(3);
        assertThat(party().getList("positions")).containsExactly("Chief Secretary for Administration");
    }

    @Test
    @Order(5)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aRevocationIsHeldTooAndItsMakerCanWithdrawIt() {
        String measureId = party().getString("measures[0].id");
        JsonPath held = write().body(Map.of("date", "2025-01-15", "reason", "Delisted"))
                .post("/api/v1/parties/" + partyId + "/measures/" + measureId + "/revoke").then().statusCode(202)
                .body("kind", equalTo("REVOKE_MEASURE")).body("measureId", equalTo(measureId)).extract().jsonPath();
        String revoke = held.getString("id");
        assertThat(newValueAt(held, "/measures/0/status")).isEqualTo("REVOKED");
        assertThat(party().getList("measures.status")).containsExactly("ACTIVE");
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/change-requests/" + revoke + "/withdrawal")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/change-requests/" + revoke + "/withdrawal")
                .then().statusCode(409);
        assertThat(party().getList("measures.status")).containsExactly("ACTIVE");
        assertThat(party().getLong("version")).isEqualTo(3);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "auditor", roles = Roles.AUDITOR)
    void theChainVerifiesAndEveryRequestIsListedWithItsOutcome() {
        assertChainValid();
        JsonPath all = given().queryParam("limit", "2").get("/api/v1/change-requests").then().statusCode(200)
                .extract().jsonPath();
        assertThat(all.getList("items")).hasSize(2);
        JsonPath rest = given().queryParam("cursor", all.getString("nextCursor")).get("/api/v1/change-requests")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("items.state", String.class)).containsExactly("STALE", "APPLIED", "REJECTED",
                "WITHDRAWN");
        assertThat(rest.getString("nextCursor")).isNull();
        assertThat(all.getList("items.state", String.class)).containsExactly("APPLIED", "APPLIED");
        assertThat(pending().getList("items")).isEmpty();
        given().queryParam("state", "LOST").get("/api/v1/change-requests").then().statusCode(400);
        given().queryParam("cursor", "00000000-0000-4000-8000-000000000000").get("/api/v1/change-requests").then()
                .statusCode(400).body("violations[0].field", equalTo("cursor"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/change-requests/" + patchRequest + "/approval").then().statusCode(403);
    }

    private static Response approve(String id, String reason) {
        return given().contentType(ContentType.JSON).body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/api/v1/change-requests/" + id + "/approval");
    }

    /** The "new" value of the request's diff entry at {@code path}. */
    private static Object newValueAt(JsonPath request, String path) {
        List<Map<String, Object>> changes = request.getList("diff.changes");
        return changes.stream().filter(c -> path.equals(c.get("path"))).findFirst().orElseThrow().get("new");
    }

    private static JsonPath party() {
        return given().get("/api/v1/parties/" + partyId).then().statusCode(200).extract().jsonPath();
    }

    private static int partiesNamed(String name) {
        return given().queryParam("name", name).get("/api/v1/parties").then().statusCode(200).extract()
                .jsonPath().getList("items").size();
    }

    private static JsonPath pending() {
        return given().queryParam("state", "PENDING").get("/api/v1/change-requests").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void assertChainValid() {
        given().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }
}
