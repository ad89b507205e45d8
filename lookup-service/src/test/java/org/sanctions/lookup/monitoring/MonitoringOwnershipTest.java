package org.sanctions.lookup.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.testkit.WebhookReceiver;
import org.sanctions.lookup.index.FakeRegistry;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.lookup.ownership.OwnershipRegistryResource;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.PostgresResource;

/**
 * Owners on monitoring's customer records (issue 17, item 3), with real tokens of both banks: a customer blocked
 * through its owners gets one OWNERSHIP alert with the determination and its paths, raised on upsert, upload, full
 * rescreen and by the delta rescreen when an owner is listed later, closed when that owner is delisted; suppression
 * keys on the owner structure; the other bank sees none of it.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnershipRegistryResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class MonitoringOwnershipTest {

    private static final String KARAVAYEV = "{\"name\":\"Arkady Petrovich Karavayev\",\"kind\":\"PERSON\",\"share\":";
    private static final String SOLNTSEVA = "{\"name\":\"Irina Olegovna Solntseva\",\"kind\":\"PERSON\",\"share\":";

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    private static String company(String owners) {
        return "{\"name\":\"Baltic Timber Trading OOO\",\"kind\":\"ORGANIZATION\",\"owners\":" + owners + "}";
    }

    @Test
    void ownersOfThirtyAndTwentyFivePercentRaiseOneOwnershipAlertWithBothOnThePaths() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(List.of())) {
            String endpoint = register(receiver);
            String id = uniqueId("owned");
            putCustomer(bankDemo(), id, company("[" + KARAVAYEV + "30}," + SOLNTSEVA + "25},"
                    + "{\"name\":\"Jane Smith\",\"share\":45}]")).statusCode(200).body("outcome", equalTo("CREATED"))
                    .body("customer.owners", hasSize(3)).body("customer.owners[0].name",
                            equalTo("Arkady Petrovich Karavayev"));

            String alertId = alertsOf(bankDemo(), id).statusCode(200).body("items", hasSize(1))
                    .body("items[0].basis", equalTo("OWNERSHIP"))
                    .body("items[0].partyId", equalTo(OwnershipRegistryResource.KARAVAYEV))
                    .body("items[0].state", equalTo("OPEN"))
                    .body("items[0].ownership.US.blocked", equalTo(true))
                    .body("items[0].ownership.US.aggregateShare", equalTo(55))
                    .body("items[0].ownership.US.paths", hasSize(2))
                    .body("items[0].ownership.US.paths.flatten().listedPartyId",
                            hasItem(OwnershipRegistryResource.KARAVAYEV))
                    .body("items[0].ownership.US.paths.flatten().listedPartyId",
                            hasItem(OwnershipRegistryResource.SOLNTSEVA))
                    .body("items[0].ownership.EU.blocked", equalTo(true))
                    .body("items[0].ownership.UK.blocked", equalTo(false))
                    .body("items[0].customer.owners[1].share", equalTo("25"))
                    .extract().path("items[0].id");
            given().auth().oauth2(bankDemo()).get("/api/v1/alerts/" + alertId).then().statusCode(200)
                    .body("basis", equalTo("OWNERSHIP")).body("history.action", equalTo(List.of("RAISED")))
                    .body("ownership.owners.ref", hasItem("owners[0]"));
            // the other owner finds the alert too
            given().auth().oauth2(bankDemo()).queryParam("partyId", OwnershipRegistryResource.SOLNTSEVA)
                    .queryParam("customerId", id).get("/api/v1/alerts").then().body("items", hasSize(1));

            // the event carries the basis and the determination (the body is the outbox's jsonb text)
            Eventually.within(Duration.ofSeconds(10), () -> assertThat(receiver.received())
                    .anySatisfy(r -> assertThat(r.body()).contains(id, "alert.raised", "OWNERSHIP", "aggregateShare",
                            OwnershipRegistryResource.SOLNTSEVA)));
            assertThat(receiver.received()).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
            given().auth().oauth2(bankDemo()).delete("/api/v1/webhook-endpoints/" + endpoint).then().statusCode(204);

            // bank two sees nothing of it
            given().auth().oauth2(bankTwo()).get("/api/v1/alerts/" + alertId).then().statusCode(404)
                    .contentType("application/problem+json");
            alertsOf(bankTwo(), id).body("items", empty());
            given().auth().oauth2(bankTwo()).get("/api/v1/customers/" + id).then().statusCode(404);
        }
    }

    @Test
    void ownersOfThirtyAndFifteenPercentRaiseNothingUntilTheStructureChanges() {
        String id = uniqueId("below");
        putCustomer(bankDemo(), id, company("[" + KARAVAYEV + "30}," + SOLNTSEVA + "15}]")).statusCode(200);
        alertsOf(bankDemo(), id).body("items", empty());

        putCustomer(bankDemo(), id, company("[" + KARAVAYEV + "30}," + SOLNTSEVA + "20}]")).statusCode(200)
                .body("outcome", equalTo("CHANGED"));
        alertsOf(bankDemo(), id).body("items", hasSize(1)).body("items[0].ownership.US.aggregateShare", equalTo(50))
                .body("items[0].ownership.EU.blocked", equalTo(false)); // the EU needs more than 50%
    }

    @Test
    void listedControllerWithoutSharesBlocksUnderEuAndUkNotUs() {
        String id = uniqueId("controlled");
        putCustomer(bankDemo(), id, company("[{\"name\":\"Viktor Emilevich Brandt\",\"kind\":\"PERSON\","
                + "\"controls\":true},{\"name\":\"Jane Smith\",\"share\":100}]")).statusCode(200);
        alertsOf(bankDemo(), id).body("items", hasSize(1)).body("items[0].basis", equalTo("OWNERSHIP"))
                .body("items[0].partyId", equalTo(OwnershipRegistryResource.BRANDT))
                .body("items[0].ownership.US.blocked", equalTo(false))
                .body("items[0].ownership.EU.blocked", equalTo(true))
                .body("items[0].ownership.EU.controlled", equalTo(true))
                .body("items[0].ownership.EU.paths[0][0].controls", equalTo(true))
                .body("items[0].ownership.UK.blocked", equalTo(true));
    }

    @Test
    void ownerListedLaterRaisesTheAlertAndItsDelistingClosesIt() {
        String partyId = UUID.randomUUID().toString();
        String id = uniqueId("later");
        putCustomer(bankDemo(), id, company("[{\"name\":\"Gennady Pavlovich Zhuravlyov\",\"kind\":\"PERSON\","
                + "\"share\":60},{\"name\":\"Jane Smith\",\"share\":40}]")).statusCode(200);
        alertsOf(bankDemo(), id).body("items", empty());

        FakeRegistry.get().publish("PARTY_CREATED", partyId, TestParties.person(partyId,
                "ZHURAVLYOV, Gennady Pavlovich", "[]", "1966-04-09", "RUSSIA-EO14024", "2026-11-01", "ACTIVE", null));
        Eventually.within(Duration.ofSeconds(5), () -> alertsOf(bankDemo(), id).body("items", hasSize(1))
                .body("items[0].basis", equalTo("OWNERSHIP")).body("items[0].partyId", equalTo(partyId))
                .body("items[0].state", equalTo("OPEN")).body("items[0].ownership.US.blocked", equalTo(true))
                .body("items[0].ownership.US.aggregateShare", equalTo(60)));
        String alertId = alertsOf(bankDemo(), id).extract().path("items[0].id");
        alertsOf(bankTwo(), id).body("items", empty());

        FakeRegistry.get().publish("PARTY_UPDATED", partyId, TestParties.person(partyId,
                "ZHURAVLYOV, Gennady Pavlovich", "[]", "1966-04-09", "RUSSIA-EO14024", "2026-11-01", "REVOKED",
                "2026-11-20"));
        Eventually.within(Duration.ofSeconds(5), () -> given().auth().oauth2(bankDemo())
                .get("/api/v1/alerts/" + alertId).then().body("state", equalTo("CLOSED_DELISTED"))
                .body("closedReason", equalTo("the owners no longer block"))
                .body("history.action", equalTo(List.of("RAISED", "NO_LONGER_BLOCKED")))
                .body("history[1].detail.ownership.US.blocked", equalTo(false)));

        // listed again: the same alert is live again
        FakeRegistry.get().publish("PARTY_UPDATED", partyId, TestParties.person(partyId,
                "ZHURAVLYOV, Gennady Pavlovich", "[]", "1966-04-09", "RUSSIA-EO14024", "2026-11-01", "ACTIVE", null));
        Eventually.within(Duration.ofSeconds(5), () -> given().auth().oauth2(bankDemo())
                .get("/api/v1/alerts/" + alertId).then().body("state", equalTo("OPEN")));
    }

    @Test
    void confirmedFalsePositiveStaysClosedWhileTheOwnersAreUnchangedAndReopensWhenTheyChange() {
        String id = uniqueId("suppressed");
        String owners = "[" + KARAVAYEV + "30}," + SOLNTSEVA + "25}]";
        putCustomer(bankDemo(), id, company(owners)).statusCode(200);
        String alertId = alertsOf(bankDemo(), id).body("items", hasSize(1)).extract().path("items[0].id");
        decide(user("analyst"), alertId, "FALSE_POSITIVE", "the owners are namesakes").statusCode(200)
                .body("state", equalTo("IN_REVIEW"));
        decide(user("analyst"), alertId, "CONFIRM", "self").statusCode(403);
        decide(user("reviewer"), alertId, "CONFIRM", "agreed").statusCode(200)
                .body("state", equalTo("CLOSED_FALSE_POSITIVE"));

        putCustomer(bankDemo(), id, company(owners)).statusCode(200).body("outcome", equalTo("UNCHANGED"));
        // a changed reference is a changed record, rescreened, but no owner changed: still suppressed
        putCustomer(bankDemo(), id, "{\"name\":\"Baltic Timber Trading OOO\",\"kind\":\"ORGANIZATION\","
                + "\"reference\":{\"branch\":\"RIGA\"},\"owners\":" + owners + "}").statusCode(200)
                .body("outcome", equalTo("CHANGED"));
        given().auth().oauth2(bankDemo()).get("/api/v1/alerts/" + alertId).then()
                .body("state", equalTo("CLOSED_FALSE_POSITIVE")).body("history", hasSize(3));

        putCustomer(bankDemo(), id, company("[" + KARAVAYEV + "30}," + SOLNTSEVA + "26}]")).statusCode(200)
                .body("outcome", equalTo("CHANGED"));
        given().auth().oauth2(bankDemo()).get("/api/v1/alerts/" + alertId).then().body("state", equalTo("OPEN"))
                .body("history.action", equalTo(List.of("RAISED", "PROPOSED_FALSE_POSITIVE",
                        "CONFIRMED_FALSE_POSITIVE", "REOPENED")))
                .body("history[3].detail.customer.after.owners[1].share", equalTo("26"))
                .body("history[3].detail.ownership.after.US.aggregateShare", equalTo(56));
    }

    @Test
    void ownNameMatchKeepsItsNameAlertBesideTheOwnershipAlert() {
        String id = uniqueId("both");
        putCustomer(bankDemo(), id, "{\"name\":\"John Lee Ka Chiu\",\"birthDate\":\"1957\",\"owners\":["
                + KARAVAYEV + "30}," + SOLNTSEVA + "25}]}").statusCode(200);
        alertsOf(bankDemo(), id).body("items", hasSize(2)).body("items.basis", hasItem("NAME"))
                .body("items.basis", hasItem("OWNERSHIP"));
        given().auth().oauth2(bankDemo()).queryParam("customerId", id).queryParam("basis", "NAME")
                .get("/api/v1/alerts").then().body("items", hasSize(1))
                .body("items[0].partyId", equalTo(TestParties.LEE)).body("items[0]", not(hasKey("ownership")));
        given().auth().oauth2(bankDemo()).queryParam("basis", "SHARES").get("/api/v1/alerts").then()
                .statusCode(400).body("violations[0].field", equalTo("basis"));
    }

    @Test
    void removingTheOwnersClosesTheOwnershipAlert() {
        String id = uniqueId("removed");
        putCustomer(bankDemo(), id, company("[" + KARAVAYEV + "60}]")).statusCode(200);
        String alertId = alertsOf(bankDemo(), id).body("items", hasSize(1)).extract().path("items[0].id");
        putCustomer(bankDemo(), id, "{\"name\":\"Baltic Timber Trading OOO\",\"kind\":\"ORGANIZATION\"}")
                .statusCode(200).body("outcome", equalTo("CHANGED")).body("customer.owners", empty());
        given().auth().oauth2(bankDemo()).get("/api/v1/alerts/" + alertId).then()
                .body("state", equalTo("CLOSED_DELISTED")).body("closedReason", equalTo("the owners no longer block"));
    }

    @Test
    void ndjsonUploadRowsMayCarryOwnersAndABadShareRejectsItsLine() {
        String good = uniqueId("up-owned");
        String ndjson = "{\"customerId\":\"" + good + "\",\"name\":\"Baltic Timber Trading OOO\",\"owners\":["
                + KARAVAYEV + "30}," + SOLNTSEVA + "25}]}\n"
                + "{\"customerId\":\"" + uniqueId("up-bad") + "\",\"name\":\"Bad Shares Ltd\",\"owners\":["
                + "{\"name\":\"A\",\"share\":130}]}\n";
        String upload = given().auth().oauth2(bankDemo()).multiPart("file", "customers.ndjson",
                ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson").post("/api/v1/customer-uploads")
                .then().statusCode(202).extract().path("uploadId");
        Eventually.within(Duration.ofSeconds(10), () -> given().auth().oauth2(bankDemo())
                .get("/api/v1/customer-uploads/" + upload).then().body("state", equalTo("COMPLETED")));
        given().auth().oauth2(bankDemo()).get("/api/v1/customer-uploads/" + upload).then()
                .body("progress.created", equalTo(1)).body("rejections[0].line", equalTo(2))
                .body("rejections[0].field", equalTo("owners[0].share"));
        alertsOf(bankDemo(), good).body("items", hasSize(1)).body("items[0].basis", equalTo("OWNERSHIP"));
        given().auth().oauth2(bankDemo()).get("/api/v1/customers/" + good).then()
                .body("owners[1].name", equalTo("Irina Olegovna Solntseva"));
    }

    @Test
    void fullRescreenDecidesTheOwnersOfCustomersNeverScreened() throws Exception {
        String id = uniqueId("unscreened-owned");
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into monitored_customer (bank, customer_id, name, kind, other_names, reference, owners,"
                        + " content_hash, created_at, updated_at) values ('bank-demo', ?, 'Baltic Timber Trading OOO',"
                        + " 'ORGANIZATION', '[]', '{}', ?::jsonb, 'unscreened', now(), now())")) {
            ps.setString(1, id);
            ps.setString(2, "[" + KARAVAYEV + "{\"min\":30,\"max\":30}}," + SOLNTSEVA + "{\"min\":25,\"max\":25}}]");
            ps.executeUpdate();
        }
        alertsOf(bankDemo(), id).body("items", empty());
        String rescreen = given().auth().oauth2(bankDemo()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/customer-rescreens").then().statusCode(202).extract().path("rescreenId");
        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(bankDemo())
                .get("/api/v1/customer-rescreens/" + rescreen).then().body("state", equalTo("COMPLETED")));
        alertsOf(bankDemo(), id).body("items", hasSize(1)).body("items[0].basis", equalTo("OWNERSHIP"))
                .body("items[0].ownership.US.aggregateShare", equalTo(55));
    }

    @Test
    void invalidOwnersAreProblemsNamingTheField() {
        putCustomer(bankDemo(), uniqueId("bad"), company("[{\"name\":\"A\",\"share\":130}]")).statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("owners[0].share"));
        putCustomer(bankDemo(), uniqueId("bad"), company("[{\"name\":\"A\",\"share\":60},{\"name\":\"B\","
                + "\"share\":50}]")).statusCode(400).body("violations[0].field", equalTo("owners"));
        putCustomer(bankDemo(), uniqueId("bad"), company("[{\"name\":\"A\",\"birthDate\":\"1957-13-45\"}]"))
                .statusCode(400).body("violations[0].field", equalTo("owners[0].birthDate"));
        putCustomer(bankDemo(), uniqueId("bad"), company("[{\"name\":\"1\",\"owners\":[{\"name\":\"2\",\"owners\":["
                + "{\"name\":\"3\",\"owners\":[{\"name\":\"4\",\"owners\":[{\"name\":\"5\",\"owners\":[{\"name\":\"6\","
                + "\"owners\":[{\"name\":\"7\"}]}]}]}]}]}]}]")).statusCode(400)
                .body("violations[0].field", containsString("owners[0].owners[0].owners[0].owners[0].owners[0]"));
        putCustomer(bankDemo(), uniqueId("bad"), company("[{\"name\":\"A\",\"share\":\"half\"}]")).statusCode(400)
                .contentType("application/problem+json");
    }

    private static String register(WebhookReceiver receiver) {
        var created = given().auth().oauth2(bankDemo()).contentType(ContentType.JSON)
                .body("{\"url\":\"" + receiver.url() + "\",\"events\":[\"*\"]}")
                .post("/api/v1/webhook-endpoints").then().statusCode(201).extract();
        receiver.trust(created.path("secret"));
        return created.path("id");
    }
}
