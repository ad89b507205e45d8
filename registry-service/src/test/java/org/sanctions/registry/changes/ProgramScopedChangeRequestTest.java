package org.sanctions.registry.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.program;
import static org.sanctions.registry.TestData.write;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanctions.registry.common.Roles;

/**
 * registry.maker-checker.mode=PROGRAMS: only writes that add a measure under a listed program, or touch a party that
 * has one, wait for a second editor; the others take effect at once.
 */
@QuarkusTest
@TestProfile(ProgramScopedChangeRequestTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramScopedChangeRequestTest {

    static final String GATED = "MC-GATED";
    static final String OPEN = "MC-OPEN";

    /** Four eyes for the program MC-GATED only. */
    public static class Profile extends MakerCheckerProfile {
        public Profile() {
            super("sanctions_change_programs", Map.of("registry.maker-checker.mode", "PROGRAMS",
                    "registry.maker-checker.programs", GATED));
        }
    }

    private static String partyId;
    private static String gatedRequest;

    @Test
    @Order(1)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void writesOutsideTheListedProgramsTakeEffectAtOnce() {
        write().body(program(GATED)).post("/api/v1/programs").then().statusCode(201);
        write().body(program(OPEN)).post("/api/v1/programs").then().statusCode(201);
        partyId = write().body(person("PROGRAM SCOPED, Test")).post("/api/v1/parties").then().statusCode(201)
                .extract().path("id");
        write().body(measure(OPEN, "ASSET_FREEZE", "2020-08-07")).post("/api/v1/parties/" + partyId + "/measures")
                .then().statusCode(201);
        gatedRequest = write().body(measure(GATED, "VISA_RESTRICTION", "2020-08-07"))
                .post("/api/v1/parties/" + partyId + "/measures").then().statusCode(202).extract().path("id");
        // the party has no measure under MC-GATED yet (the request is pending), so an edit goes through
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "title").header("If-Match", "\"2\"")
                .body(Map.of("positions", List.of("Former official"))).patch("/api/v1/parties/" + partyId).then()
                .statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "editor2", roles = Roles.EDITOR)
    void onceThePartyHasAMeasureUnderOneEveryWriteToItWaits() {
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/change-requests/" + gatedRequest
                + "/approval").then().statusCode(409).body("detail", containsString("STALE"));
        gatedRequest = write().body(measure(GATED, "VISA_RESTRICTION", "2020-08-07"))
                .post("/api/v1/parties/" + partyId + "/measures").then().statusCode(202).extract().path("id");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void theOtherEditorApprovesAndLaterEditsAreHeld() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "visa restriction announced"))
                .post("/api/v1/change-requests/" + gatedRequest + "/approval").then().statusCode(200)
                .body("state", equalTo("APPLIED")).body("resultVersion", equalTo(4));
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "title").header("If-Match", "\"4\"")
                .body(Map.of("positions", List.of("Official"))).patch("/api/v1/parties/" + partyId).then()
                .statusCode(202).body("kind", equalTo("PATCH_PARTY"));
        given().get("/api/v1/parties/" + partyId).then().statusCode(200).header("ETag", "\"4\"")
                .body("positions", equalTo(List.of("Former official")));
    }
}
