package org.sanctions.registry.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.sanctions.registry.TestData.addMeasure;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.program;
import static org.sanctions.registry.TestData.unique;
import static org.sanctions.registry.TestData.write;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.DbCounts;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.PartyService;
import org.sanctions.testkit.PostgresResource;

/** Every write leaves exactly one audit event with actor, reason and diff; auditors can query, export and verify. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.AUDITOR})
@OidcSecurity(claims = {@Claim(key = "sub", value = "sub-editor-1"), @Claim(key = "preferred_username", value = "editor"),
    @Claim(key = "azp", value = "sanctions-ui")})
class AuditLogTest {

    @Inject
    DbCounts db;
    @Inject
    PartyService parties;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    void recordsEveryKindOfPartyWriteWithActorReasonAndDiff() {
        String program = org.sanctions.registry.TestData.createProgram();
        String id = createParty(person("AUDIT, Trail"));
        Map<String, Object> body = person("AUDIT, Trail");
        body.put("positions", List.of("Commissioner of Police"));
        write().header("If-Match", "\"1\"").body(body).put("/api/v1/parties/" + id).then().statusCode(200);
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "Remarks from notice 2025-17")
                .header("If-Match", "\"2\"").body("{\"remarks\":\"Former official\"}").patch("/api/v1/parties/" + id)
                .then().statusCode(200);
        String measureId = addMeasure(id, measure(program, "ASSET_FREEZE", "2020-08-07"));
        write().body(Map.of("date", "2025-01-15", "reason", "Delisted")).post("/api/v1/parties/" + id + "/measures/"
                + measureId + "/revoke").then().statusCode(200);

        Response events = given().get("/api/v1/audit/events?party=" + id);
        events.then().statusCode(200)
                .body("events.action", contains("PARTY_CREATED", "PARTY_UPDATED", "PARTY_UPDATED", "MEASURE_ADDED",
                        "MEASURE_REVOKED"))
                .body("events.version", contains(1, 2, 3, 4, 5))
                .body("events.actor.subject", everyItem(equalTo("sub-editor-1")))
                .body("events.actor.username", everyItem(equalTo("editor")))
                .body("events.actor.clientId", everyItem(equalTo("sanctions-ui")))
                .body("events[0].before", nullValue())
                .body("events[2].reason", equalTo("Remarks from notice 2025-17"))
                .body("events[2].diff[0].path", equalTo("/remarks"))
                .body("events[2].diff[0].new", equalTo("Former official"))
                .body("events[1].diff[0].path", equalTo("/positions/0"))
                .body("events[1].diff[0].old", equalTo("Secretary for Security"))
                .body("events[4].diff.path", hasItem("/measures/0/status"))
                .body("events[4].after.measures[0].status", equalTo("REVOKED"))
                .body("events[4].before.measures[0].status", equalTo("ACTIVE"));
        List<Integer> seqs = events.path("events.seq");
        List<String> hashes = events.path("events.hash");
        List<String> previous = events.path("events.prevHash");
        for (int i = 1; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(seqs.get(i - 1) + 1);
            assertThat(previous.get(i)).as("event %d links to %d", seqs.get(i), seqs.get(i - 1)).isEqualTo(hashes.get(i - 1));
        }
    }

    @Test
    void recordsProgramWrites() {
        String code = unique("AUD");
        write().body(program(code)).post("/api/v1/programs").then().statusCode(201);
        Map<String, Object> retired = program(code);
        retired.put("retiredOn", "2025-01-01");
        write().header("If-Match", "\"1\"").body(retired).put("/api/v1/programs/" + code).then().statusCode(200);
        given().get("/api/v1/audit/events?program=" + code).then().statusCode(200)
                .body("events.action", contains("PROGRAM_CREATED", "PROGRAM_UPDATED"))
                .body("events[1].diff[0].path", equalTo("/retiredOn"))
                .body("events[1].after.retiredOn", equalTo("2025-01-01"));
    }

    @Test
    void filtersByActorActionAndPeriodAndPagesByCursor() {
        Instant start = Instant.now();
        String id = createParty(person("FILTER, Events"));
        for (int i = 0; i < 4; i++) {
            given().contentType("application/merge-patch+json").header("X-Change-Reason", "step " + i)
                    .header("If-Match", "\"" + (i + 1) + "\"").body("{\"remarks\":\"step " + i + "\"}")
                    .patch("/api/v1/parties/" + id).then().statusCode(200);
        }
        given().get("/api/v1/audit/events?party=" + id + "&action=PARTY_UPDATED&actor=editor&from=" + start)
                .then().body("events.size()", equalTo(4));
        given().get("/api/v1/audit/events?party=" + id + "&actor=somebody-else").then().body("events.size()", equalTo(0));
        given().get("/api/v1/audit/events?party=" + id + "&to=" + start).then().body("events.size()", equalTo(0));
        Response first = given().get("/api/v1/audit/events?party=" + id + "&limit=2");
        first.then().body("events.size()", equalTo(2));
        String cursor = first.path("nextCursor");
        Response second = given().get("/api/v1/audit/events?party=" + id + "&limit=2&cursor=" + cursor);
        Response third = given().get("/api/v1/audit/events?party=" + id + "&limit=2&cursor=" + second.path("nextCursor"));
        third.then().body("events.size()", equalTo(1)).body("nextCursor", nullValue())
                .body("events[0].reason", equalTo("step 3"));
        given().get("/api/v1/audit/events?party=nope&action=DELETED&from=yesterday&limit=0").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("party", "action", "from", "limit"));
    }

    @Test
    void listsNewestFirstWithOrderDescAndPagesBackwards() {
        String id = createParty(person("ORDER, Events"));
        for (int i = 0; i < 2; i++) {
            given().contentType("application/merge-patch+json").header("X-Change-Reason", "order " + i)
                    .header("If-Match", "\"" + (i + 1) + "\"").body("{\"remarks\":\"order " + i + "\"}")
                    .patch("/api/v1/parties/" + id).then().statusCode(200);
        }
        Response first = given().get("/api/v1/audit/events?party=" + id + "&order=desc&limit=2");
        first.then().statusCode(200).body("events.reason", contains("order 1", "order 0"));
        given().get("/api/v1/audit/events?party=" + id + "&order=desc&limit=2&cursor=" + first.path("nextCursor"))
                .then().body("events.action", contains("PARTY_CREATED")).body("nextCursor", nullValue());
        given().get("/api/v1/audit/events?party=" + id + "&order=asc").then()
                .body("events.action", contains("PARTY_CREATED", "PARTY_UPDATED", "PARTY_UPDATED"));
        given().get("/api/v1/audit/events?party=" + id).then().body("events[0].action", equalTo("PARTY_CREATED"));
        given().get("/api/v1/audit/events?order=sideways").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("order"));
    }

    @Test
    void servesAPartysHistoryWithDiffs() {
        String id = createParty(person("HISTORY, Party"));
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "name fix").header("If-Match", "\"1\"")
                .body("{\"names\":[{\"fullName\":\"HISTORY, Party Fixed\",\"type\":\"PRIMARY\"}]}")
                .patch("/api/v1/parties/" + id).then().statusCode(200);
        given().get("/api/v1/parties/" + id + "/history").then().statusCode(200)
                .body("action", contains("PARTY_CREATED", "PARTY_UPDATED"))
                .body("[1].reason", equalTo("name fix"))
                .body("[1].actor.username", equalTo("editor"))
                .body("[1].diff.path", hasItem("/names/0/fullName"))
                .body("[1].diff.find { it.path == '/names/0/fullName' }.old", equalTo("HISTORY, Party"));
        given().get("/api/v1/parties/00000000-0000-4000-8000-000000000000/history").then().statusCode(404)
                .body("type", equalTo("urn:sanctions:problem:not-found"));
    }

    @Test
    void exportsTheQueryAsCsvWithFormulasDefused() {
        String id = createParty(person("CSV, Export"));
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "=HYPERLINK(\"http://evil\")")
                .header("If-Match", "\"1\"").body("{\"remarks\":\"x\"}").patch("/api/v1/parties/" + id).then().statusCode(200);
        String csv = given().accept("text/csv").get("/api/v1/audit/events/export?party=" + id).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", AuditCsv.HEADER));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains(",PARTY_UPDATED,PARTY," + id + ",2,").contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    }

    @Test
    void verifiesTheChain() {
        createParty(person("VERIFY, Chain"));
        given().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true))
                .body("firstBrokenSeq", nullValue());
        long head = db.count("select seq from audit_chain_head");
        given().get("/api/v1/audit/verify").then().body("checked", equalTo((int) head)).body("headSeq", equalTo((int) head));
    }

    @Test
    void aRolledBackWriteLeavesNoEvent() {
        long events = db.allEvents();
        long head = db.count("select seq from audit_chain_head");
        WriteContext context = new WriteContext(new Actor("sub", "importer", "importer"), "import run 7");
        QuarkusTransaction.begin();
        PartyInput input;
        try {
            input = json.convertValue(person("ROLLED, Back"), PartyInput.class);
            parties.create(input, context);
            assertThat(db.allEvents()).as("appended inside the writing transaction").isEqualTo(events + 1);
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(db.allEvents()).isEqualTo(events);
        assertThat(db.count("select seq from audit_chain_head")).isEqualTo(head);
        given().get("/api/v1/parties?name=rolled, back").then().body("items.size()", equalTo(0));
        given().get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void offersNoWayToChangeOrDeleteEvents() {
        for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
            int status = given().contentType("application/json").body("{}").request(method, "/api/v1/audit/events").statusCode();
            assertThat(status).as(method).isEqualTo(405);
        }
        given().delete("/api/v1/audit/events/1").then().statusCode(org.hamcrest.Matchers.oneOf(404, 405));
    }
}
