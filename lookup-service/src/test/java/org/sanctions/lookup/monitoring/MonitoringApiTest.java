package org.sanctions.lookup.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.sanctions.lookup.monitoring.Banks.alertsOf;
import static org.sanctions.lookup.monitoring.Banks.bankDemo;
import static org.sanctions.lookup.monitoring.Banks.bankTwo;
import static org.sanctions.lookup.monitoring.Banks.decide;
import static org.sanctions.lookup.monitoring.Banks.putCustomer;
import static org.sanctions.lookup.monitoring.Banks.uniqueId;
import static org.sanctions.lookup.monitoring.Banks.user;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.index.FakeRegistry;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.PostgresResource;

/**
 * Monitoring with real tokens from the realm: customers screened on upsert and on list changes, banks isolated
 * both ways (another bank's ids are 404), four-eyes decisions, and a confirmed false positive that stays closed
 * until the listed party changes.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class MonitoringApiTest {

    @Inject
    AgroalDataSource db;

    @Inject
    CustomerUploadRunner runner;

    @Inject
    LookupConfig config;

    private static final String LEE_CUSTOMER = "{\"name\":\"John Lee Ka Chiu\",\"kind\":\"PERSON\","
            + "\"birthDate\":\"1957\",\"nationality\":\"CN\",\"reference\":{\"branch\":\"HK-01\"}}";

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void newCustomerIsScreenedAtOnceAndAnUnchangedOneIsNotRescreened() {
        String id = uniqueId("lee");
        putCustomer(bankDemo(), id, LEE_CUSTOMER).statusCode(200).body("outcome", equalTo("CREATED"))
                .body("customer.reference.branch", equalTo("HK-01"));
        String alertId = alertsOf(bankDemo(), id).statusCode(200).body("items", hasSize(1))
                .body("items[0].state", equalTo("OPEN")).body("items[0].partyId", equalTo(TestParties.LEE))
                .body("items[0].score", greaterThan(0.66f)).body("items[0].engineVersion", notNullValue())
                .body("items[0].listVersion", greaterThanOrEqualTo(1)).body("items[0].explanation", notNullValue())
                .body("items[0].customer.names[0]", equalTo("John Lee Ka Chiu"))
                .body("items[0].customer.birthDate", equalTo("1957"))
                .body("items[0].party.names", hasItem("LEE, John Ka-chiu"))
                .extract().path("items[0].id");

        putCustomer(bankDemo(), id, LEE_CUSTOMER).statusCode(200).body("outcome", equalTo("UNCHANGED"));
        given().auth().oauth2(bankDemo()).get("/api/v1/alerts/" + alertId).then().statusCode(200)
                .body("history", hasSize(1)).body("history[0].action", equalTo("RAISED"));
        given().auth().oauth2(bankDemo()).get("/api/v1/customers/" + id).then().statusCode(200)
                .body("name", equalTo("John Lee Ka Chiu"));
    }

    @Test
    void banksNeverSeeEachOthersCustomersOrAlerts() {
        String demoId = uniqueId("shared");
        putCustomer(bankDemo(), demoId, LEE_CUSTOMER).statusCode(200);
        String demoAlert = alertsOf(bankDemo(), demoId).body("items", hasSize(1)).extract().path("items[0].id");
        String twoId = uniqueId("two");
        putCustomer(bankTwo(), twoId, LEE_CUSTOMER).statusCode(200);
        String twoAlert = alertsOf(bankTwo(), twoId).body("items", hasSize(1)).extract().path("items[0].id");

        // bank two cannot read, list, change or decide bank demo's customer and alert, and the other way round
        given().auth().oauth2(bankTwo()).get("/api/v1/customers/" + demoId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(bankTwo()).get("/api/v1/alerts/" + demoAlert).then().statusCode(404);
        alertsOf(bankTwo(), demoId).statusCode(200).body("items", empty());
        given().auth().oauth2(bankTwo()).delete("/api/v1/customers/" + demoId).then().statusCode(404);
        decide(user("analyst-two"), demoAlert, "ESCALATE", null).statusCode(404);
        given().auth().oauth2(bankDemo()).get("/api/v1/customers/" + twoId).then().statusCode(404);
        given().auth().oauth2(bankDemo()).get("/api/v1/alerts/" + twoAlert).then().statusCode(404);
        decide(user("analyst"), twoAlert, "ESCALATE", null).statusCode(404);
        // a bank's PUT on the other's id creates its own customer, it never overwrites the other's
        putCustomer(bankTwo(), demoId, "{\"name\":\"Someone Else\"}").statusCode(200)
                .body("outcome", equalTo("CREATED"));
        given().auth().oauth2(bankDemo()).get("/api/v1/customers/" + demoId).then().statusCode(200)
                .body("name", equalTo("John Lee Ka Chiu"));
        // the auditor reads both banks' alerts and decides nothing
        given().auth().oauth2(user("auditor")).get("/api/v1/alerts/" + demoAlert).then().statusCode(200)
                .body("bank", equalTo("bank-demo"));
        given().auth().oauth2(user("auditor")).get("/api/v1/alerts/" + twoAlert).then().statusCode(200)
                .body("bank", equalTo("bank-two"));
        decide(user("auditor"), demoAlert, "ESCALATE", null).statusCode(403);
    }

    @Test
    void listChangeRaisesAlertsForAffectedCustomersOnly() {
        String partyId = UUID.randomUUID().toString();
        String matching = uniqueId("okonkwo");
        String other = uniqueId("other");
        putCustomer(bankDemo(), matching, "{\"name\":\"Babatunde Quarshie Okonkwo\",\"kind\":\"PERSON\"}")
                .statusCode(200);
        putCustomer(bankDemo(), other, "{\"name\":\"Maria Gonzalez Fernandez\",\"kind\":\"PERSON\"}")
                .statusCode(200);
        alertsOf(bankDemo(), matching).body("items", empty());

        FakeRegistry.get().publish("PARTY_CREATED", partyId, TestParties.person(partyId,
                "QUARSHIE-OKONKWO, Babatunde", "[]", "1971-03-02", "SDGT", "2026-11-01", "ACTIVE", null));

        Eventually.within(Duration.ofSeconds(5), () -> alertsOf(bankDemo(), matching)
                .body("items", hasSize(1)).body("items[0].partyId", equalTo(partyId))
                .body("items[0].state", equalTo("OPEN")));
        given().auth().oauth2(bankDemo()).queryParam("partyId", partyId).get("/api/v1/alerts").then()
                .body("items", hasSize(1));
        alertsOf(bankTwo(), matching).body("items", empty());
    }

    @Test
    void confirmedFalsePositiveStaysClosedUntilThePartyGetsANewAlias() {
        String partyId = UUID.randomUUID().toString();
        String customer = uniqueId("adeyemi");
        String party = TestParties.person(partyId, "VANTERPOOL-ADEYEMI, Olusegun", "[]", "1968-01-01", "SDGT",
                "2026-11-01", "ACTIVE", null);
        FakeRegistry.get().publish("PARTY_CREATED", partyId, party);
        Eventually.within(Duration.ofSeconds(5), () -> given().auth().oauth2(bankDemo())
                .body("{\"name\":\"Olusegun Vanterpool-Adeyemi\"}").contentType("application/json")
                .put("/api/v1/customers/" + customer).then().statusCode(200));
        Eventually.within(Duration.ofSeconds(5), () -> alertsOf(bankDemo(), customer).body("items", hasSize(1)));
        String alertId = alertsOf(bankDemo(), customer).extract().path("items[0].id");

        decide(user("analyst"), alertId, "FALSE_POSITIVE", null).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        decide(bankDemo(), alertId, "FALSE_POSITIVE", "a bank system").statusCode(403);
        decide(user("analyst"), alertId, "FALSE_POSITIVE", "customer is a different person")
                .statusCode(200).body("state", equalTo("IN_REVIEW")).body("pendingDecision", equalTo("FALSE_POSITIVE"));
        decide(user("analyst"), alertId, "CONFIRM", "self").statusCode(403);
        decide(user("reviewer"), alertId, "CONFIRM", "agreed").statusCode(200)
                .body("state", equalTo("CLOSED_FALSE_POSITIVE")).body("closedReason", equalTo("agreed"));

        // the same party again (a new version, same matching fields): stays closed
        FakeRegistry.get().publish("PARTY_UPDATED", partyId, party);
        String withAlias = TestParties.person(partyId, "VANTERPOOL-ADEYEMI, Olusegun",
                "[{\"fullName\":\"ADEYEMI, Olusegun V.\",\"type\":\"AKA\"}]", "1968-01-01", "SDGT", "2026-11-01",
                "ACTIVE", null);
        FakeRegistry.get().publish("PARTY_UPDATED", partyId, withAlias);

        Eventually.within(Duration.ofSeconds(5), () -> given().auth().oauth2(user("reviewer"))
                .get("/api/v1/alerts/" + alertId).then().body("state", equalTo("OPEN")));
        given().auth().oauth2(user("reviewer")).get("/api/v1/alerts/" + alertId).then()
                .body("history.action", equalTo(java.util.List.of("RAISED", "PROPOSED_FALSE_POSITIVE",
                        "CONFIRMED_FALSE_POSITIVE", "REOPENED")))
                .body("history[3].detail.party.after.names", hasItem("ADEYEMI, Olusegun V."));
    }

    @Test
    void reviewerReturnsAProposalAndTheAnalystEscalates() {
        String id = uniqueId("lam");
        putCustomer(bankDemo(), id, "{\"name\":\"Carrie Lam\",\"birthDate\":\"1957-05-13\"}").statusCode(200);
        String alertId = alertsOf(bankDemo(), id).body("items", hasSize(1)).extract().path("items[0].id");

        decide(user("reviewer"), alertId, "CONFIRM", "nothing proposed").statusCode(409)
                .contentType("application/problem+json");
        decide(user("analyst"), alertId, "TRUE_MATCH", "same birth date").statusCode(200)
                .body("state", equalTo("IN_REVIEW"));
        decide(user("reviewer"), alertId, "RETURN", "check the passport").statusCode(200)
                .body("state", equalTo("OPEN"));
        decide(user("analyst"), alertId, "ESCALATE", null).statusCode(200).body("state", equalTo("ESCALATED"));
        decide(user("analyst"), alertId, "MAYBE", "x").statusCode(400);
    }

    @Test
    void delistedPartyClosesItsOpenAlertsAndKeepsThem() {
        String partyId = UUID.randomUUID().toString();
        String customer = uniqueId("delisted");
        FakeRegistry.get().publish("PARTY_CREATED", partyId, TestParties.person(partyId,
                "OYELARAN-MBEKI, Chukwuemeka", "[]", "1975-06-06", "SDGT", "2026-11-01", "ACTIVE", null));
        putCustomer(bankDemo(), customer, "{\"name\":\"Chukwuemeka Oyelaran-Mbeki\"}").statusCode(200);
        // raised by the upsert's screening or, if the party reached the index after it, by the delta rescreen
        Eventually.within(Duration.ofSeconds(5), () -> alertsOf(bankDemo(), customer).body("items", hasSize(1)));
        String alertId = alertsOf(bankDemo(), customer).extract().path("items[0].id");
        decide(user("analyst"), alertId, "ESCALATE", null).statusCode(200);

        FakeRegistry.get().publish("PARTY_UPDATED", partyId, TestParties.person(partyId,
                "OYELARAN-MBEKI, Chukwuemeka", "[]", "1975-06-06", "SDGT", "2026-11-01", "REVOKED", "2026-11-20"));

        Eventually.within(Duration.ofSeconds(5), () -> given().auth().oauth2(bankDemo())
                .get("/api/v1/alerts/" + alertId).then().body("state", equalTo("CLOSED_DELISTED"))
                .body("closedReason", equalTo("delisted"))
                .body("history.action", equalTo(java.util.List.of("RAISED", "ESCALATED", "DELISTED"))));
        decide(user("analyst"), alertId, "TRUE_MATCH", "too late").statusCode(409);
        given().auth().oauth2(bankDemo()).queryParam("state", "CLOSED_DELISTED").queryParam("customerId", customer)
                .get("/api/v1/alerts").then().statusCode(200).body("items", hasSize(1));

        // listed again: the alert is live again
        FakeRegistry.get().publish("PARTY_UPDATED", partyId, TestParties.person(partyId,
                "OYELARAN-MBEKI, Chukwuemeka", "[]", "1975-06-06", "SDGT", "2026-11-01", "ACTIVE", null));
        Eventually.within(Duration.ofSeconds(5), () -> given().auth().oauth2(bankDemo())
                .get("/api/v1/alerts/" + alertId).then().body("state", equalTo("OPEN")));
    }

    @Test
    void uploadStoresValidRowsRejectsBadLinesAndDoesNotRescreenUnchangedOnes() {
        String lee = uniqueId("up-lee");
        String plain = uniqueId("up-plain");
        String csv = "customerId,name,kind,birthDate,nationality,otherNames,branch\n"
                + lee + ",John Lee Ka Chiu,PERSON,1957,CN,Lee Ka-chiu|LEE John,HK-01\n"
                + plain + ",Maria Gonzalez Fernandez,,,,,\n"
                + ",No Id,,,,,\n"
                + uniqueId("up-bad") + ",Someone,ROBOT,,,,\n"
                + uniqueId("up-bad") + ",Someone,,1957-13-45,,,\n";
        String first = upload(bankDemo(), csv, "text/csv");
        Eventually.within(Duration.ofSeconds(10), () -> upload(bankDemo(), first).body("state", equalTo("COMPLETED")));
        upload(bankDemo(), first).body("format", equalTo("CSV")).body("progress.rowsRead", equalTo(5))
                .body("progress.created", equalTo(2)).body("progress.rejected", equalTo(3))
                .body("rejections.line", equalTo(java.util.List.of(4, 5, 6)))
                .body("rejections.field", equalTo(java.util.List.of("customerId", "kind", "birthDate")))
                .body("rejectionsTruncated", equalTo(false));
        given().auth().oauth2(bankDemo()).get("/api/v1/customers/" + lee).then().statusCode(200)
                .body("otherNames", equalTo(java.util.List.of("Lee Ka-chiu", "LEE John")))
                .body("reference.branch", equalTo("HK-01"));
        String alertId = alertsOf(bankDemo(), lee).body("items", hasSize(1)).extract().path("items[0].id");

        // the same customers again as NDJSON (detected by the first byte): one changed, one unchanged
        String ndjson = "{\"customerId\":\"" + lee + "\",\"name\":\"John Lee Ka Chiu\",\"kind\":\"PERSON\","
                + "\"birthDate\":\"1957\",\"nationality\":\"CN\",\"otherNames\":[\"Lee Ka-chiu\",\"LEE John\"],"
                + "\"reference\":{\"branch\":\"HK-01\"}}\n"
                + "{\"customerId\":\"" + plain + "\",\"name\":\"Maria Gonzalez\"}\n"
                + "not json\n";
        String second = upload(bankDemo(), ndjson, "application/octet-stream");
        Eventually.within(Duration.ofSeconds(10), () -> upload(bankDemo(), second).body("state", equalTo("COMPLETED")));
        upload(bankDemo(), second).body("format", equalTo("NDJSON")).body("progress.unchanged", equalTo(1))
                .body("progress.changed", equalTo(1)).body("progress.created", equalTo(0))
                .body("rejections[0].line", equalTo(3));
        given().auth().oauth2(bankDemo()).get("/api/v1/alerts/" + alertId).then().body("history", hasSize(1));

        // another bank's upload is not found; a user is not a bank system
        upload(bankTwo(), first).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(user("analyst")).multiPart("file", "c.csv", csv.getBytes(), "text/csv")
                .post("/api/v1/customer-uploads").then().statusCode(403);
    }

    @Test
    void csvFieldsMayHoldLineBreaksAndAnUnclosedQuoteRejectsOnlyItsLine() {
        String ann = uniqueId("up-ann");
        String bob = uniqueId("up-bob");
        String csv = "customerId,name,address\n"
                + ann + ",Ann Smith,\"12 High Street\nFlat 3\nLeeds\"\n"
                + uniqueId("up-open") + ",\"Carol Open\n"
                + bob + ",Bob Jones,Main Street\n";
        String id = upload(bankDemo(), csv, "text/csv");
        Eventually.within(Duration.ofSeconds(10), () -> upload(bankDemo(), id).body("state", equalTo("COMPLETED")));
        upload(bankDemo(), id).body("progress.created", equalTo(2)).body("progress.rejected", equalTo(1))
                .body("rejections.line", equalTo(java.util.List.of(5)));
        given().auth().oauth2(bankDemo()).get("/api/v1/customers/" + ann).then().statusCode(200)
                .body("name", equalTo("Ann Smith")).body("reference.address", equalTo("12 High Street\nFlat 3\nLeeds"));
        given().auth().oauth2(bankDemo()).get("/api/v1/customers/" + bob).then().statusCode(200)
                .body("reference.address", equalTo("Main Street"));
    }

    @Test
    void anInterruptedUploadIsTakenOverAfterItsStoredRowsAndOneWhoseFileIsGoneFails() throws Exception {
        String stored = uniqueId("up-stored");
        String second = uniqueId("up-second");
        String third = uniqueId("up-third");
        UUID interrupted = UUID.randomUUID();
        UUID orphan = UUID.randomUUID();
        UUID live = UUID.randomUUID();
        String csv = "customerId,name\n" + stored + ",Ann Smith\n" + second + ",Bob Jones\n" + third + ",Carol King\n";
        Files.createDirectories(config.jobs().workDir());
        // the process died after the chunk with the first row: its progress says 1 row, its file is still here
        Files.writeString(config.jobs().workDir().resolve("customers-" + interrupted), csv);
        Files.writeString(config.jobs().workDir().resolve("customers-" + live), csv);
        insertUpload(interrupted, "RUNNING", "now() - interval '1 minute'", 1);
        insertUpload(orphan, "RUNNING", "now() - interval '1 hour'", 0);
        insertUpload(live, "QUEUED", "now() + interval '1 hour'", 0); // another process beats for it

        runner.sweep();

        Eventually.within(Duration.ofSeconds(10), () -> upload(bankDemo(), interrupted.toString())
                .body("state", equalTo("COMPLETED")));
        upload(bankDemo(), interrupted.toString()).body("progress.rowsRead", equalTo(3))
                .body("progress.created", equalTo(2));
        // rows stored before the crash are not read again (here the made-up first row was never stored)
        given().auth().oauth2(bankDemo()).get("/api/v1/customers/" + stored).then().statusCode(404);
        given().auth().oauth2(bankDemo()).get("/api/v1/customers/" + third).then().statusCode(200)
                .body("name", equalTo("Carol King"));
        upload(bankDemo(), orphan.toString()).body("state", equalTo("FAILED"))
                .body("error", containsString("did not survive"));
        upload(bankDemo(), live.toString()).body("state", equalTo("QUEUED"));
        try (var c = db.getConnection(); var ps = c.prepareStatement(
                "update customer_upload set status = 'FAILED' where id = ?")) {
            ps.setObject(1, live);
            ps.executeUpdate();
        }
        Files.deleteIfExists(config.jobs().workDir().resolve("customers-" + live));
    }

    private void insertUpload(UUID id, String status, String updatedAt, int rows) throws Exception {
        try (var c = db.getConnection(); var ps = c.prepareStatement("insert into customer_upload (id, bank, format,"
                + " status, created_at, updated_at, rows_processed, rows_accepted) values (?, 'bank-demo', 'CSV', ?,"
                + " now() - interval '2 hours', " + updatedAt + ", ?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, status);
            ps.setInt(3, rows);
            ps.setInt(4, rows);
            ps.executeUpdate();
        }
    }

    private static String upload(String token, String body, String contentType) {
        return given().auth().oauth2(token).multiPart("file", "customers", body.getBytes(
                java.nio.charset.StandardCharsets.UTF_8), contentType).post("/api/v1/customer-uploads").then()
                .statusCode(202).header("Location", containsString("/api/v1/customer-uploads/"))
                .extract().path("uploadId");
    }

    private static io.restassured.response.ValidatableResponse upload(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/customer-uploads/" + id).then();
    }

    @Test
    void invalidCustomersAreProblems() {
        putCustomer(bankDemo(), uniqueId("bad"), "{\"name\":\" \"}").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("name"));
        putCustomer(bankDemo(), uniqueId("bad"), "{\"name\":\"A B\",\"birthDate\":\"1957-13-45\"}").statusCode(400)
                .body("violations[0].field", equalTo("birthDate"));
        putCustomer(bankDemo(), uniqueId("bad"), "{\"name\":\"A B\",\"kind\":\"ROBOT\"}").statusCode(400);
        putCustomer(user("analyst"), uniqueId("role"), LEE_CUSTOMER).statusCode(403);
        given().auth().oauth2(bankDemo()).get("/api/v1/alerts?state=NOPE").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
        given().auth().oauth2(bankDemo()).get("/api/v1/alerts/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(bankDemo()).contentType("multipart/form-data; boundary=xyz")
                .body(("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
                        + "customerId,na").getBytes(java.nio.charset.StandardCharsets.UTF_8)) // ends mid-part
                .post("/api/v1/customer-uploads").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(bankDemo()).urlEncodingEnabled(false).get("/api/v1/customers/a%00b").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(bankDemo()).urlEncodingEnabled(false).delete("/api/v1/customers/a%00b").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
