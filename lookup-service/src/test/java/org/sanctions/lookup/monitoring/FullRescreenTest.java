package org.sanctions.lookup.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.sanctions.lookup.monitoring.Banks.alertsOf;
import static org.sanctions.lookup.monitoring.Banks.bankDemo;
import static org.sanctions.lookup.monitoring.Banks.bankTwo;
import static org.sanctions.lookup.monitoring.Banks.user;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.PostgresResource;

/**
 * Full rescreens of customer books: customers that were never screened (written straight into the book, as a
 * restored backup or a changed engine would leave them) get their alerts from a rescreen the bank requests, from one
 * an engine change queues, and from one resumed after a stop in its middle, which neither loses nor repeats alerts.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class FullRescreenTest {

    private static final String LEE_NAME = "John Lee Ka Chiu";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FullRescreen fullRescreen;

    @BeforeEach
    void indexIsLoaded() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void requestedRescreenRaisesTheAlertsOfCustomersNeverScreenedAndOnlyInTheCallersBook() throws SQLException {
        String demo = "unscreened-" + UUID.randomUUID();
        String two = "unscreened-" + UUID.randomUUID();
        insertUnscreened("bank-demo", demo, LEE_NAME);
        insertUnscreened("bank-two", two, LEE_NAME);
        alertsOf(bankDemo(), demo).body("items", empty());

        String location = given().auth().oauth2(bankDemo()).contentType(ContentType.JSON)
                .body("{\"reason\":\"restored from backup\"}").post("/api/v1/customer-rescreens").then()
                .statusCode(202).body("bank", equalTo("bank-demo")).body("trigger", equalTo("REQUESTED"))
                .body("reason", equalTo("restored from backup")).extract().header("Location");
        assertThat(location).contains("/api/v1/customer-rescreens/");
        String id = location.substring(location.lastIndexOf('/') + 1);
        awaitCompleted(bankDemo(), id);
        given().auth().oauth2(bankDemo()).get(location).then().body("customersDone", equalTo(
                given().auth().oauth2(bankDemo()).get(location).then().extract().path("customersTotal")));

        alertsOf(bankDemo(), demo).body("items", hasSize(1)).body("items[0].partyId", equalTo(TestParties.LEE))
                .body("items[0].state", equalTo("OPEN"));
        alertsOf(bankTwo(), two).body("items", empty()); // bank two's book was not the caller's
        given().auth().oauth2(bankTwo()).get(location).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(user("auditor")).get(location).then().statusCode(200)
                .body("bank", equalTo("bank-demo"));

        // a second rescreen changes nothing: the pair's alert exists and neither side changed
        String again = given().auth().oauth2(bankDemo()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/customer-rescreens").then().statusCode(202).extract().path("rescreenId");
        awaitCompleted(bankDemo(), again);
        given().auth().oauth2(bankDemo()).get("/api/v1/customer-rescreens/" + again).then()
                .body("alertsChanged", equalTo(0));
        alertsOf(bankDemo(), demo).body("items", hasSize(1));
    }

    @Test
    void badRequestsAndOtherCallersAreRefused() {
        given().auth().oauth2(bankDemo()).contentType(ContentType.JSON).body("{\"reason\":\"" + "x".repeat(1001)
                + "\"}").post("/api/v1/customer-rescreens").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(bankDemo()).contentType(ContentType.JSON).body("{\"reason\":")
                .post("/api/v1/customer-rescreens").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(user("auditor")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/customer-rescreens").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/customer-rescreens").then().statusCode(401);
        given().auth().oauth2(bankDemo()).get("/api/v1/customer-rescreens/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(bankDemo()).get("/api/v1/customer-rescreens/" + UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void anEngineChangeQueuesOneRescreenOfEveryBookAndRecordsTheNewEngine() throws SQLException {
        String demo = "engine-" + UUID.randomUUID();
        String two = "engine-" + UUID.randomUUID();
        insertUnscreened("bank-demo", demo, LEE_NAME);
        insertUnscreened("bank-two", two, LEE_NAME);
        String[] current = engine();
        sql("update monitoring_checkpoint set engine_version = 'lookup-0.0.1-old', config_hash = 'oldhash'");

        fullRescreen.resumeAfterStart();
        fullRescreen.resumeAfterStart(); // a second start before it ends queues no second job

        String id = one("select id::text from monitoring_rescreen where trigger = 'ENGINE_CHANGED'"
                + " and reason like '%lookup-0.0.1-old%' and engine_version = '" + current[0] + "'");
        String count = one("select count(*)::text from monitoring_rescreen where trigger = 'ENGINE_CHANGED'"
                + " and reason like '%lookup-0.0.1-old%'");
        assertThat(count).isEqualTo("1");
        awaitCompleted(user("auditor"), id);
        alertsOf(bankDemo(), demo).body("items", hasSize(1));
        alertsOf(bankTwo(), two).body("items", hasSize(1));
        assertThat(engine()).containsExactly(current);
        given().auth().oauth2(bankDemo()).get("/api/v1/customer-rescreens/" + id).then().statusCode(404);
    }

    @Test
    void aRescreenStoppedInItsMiddleResumesAfterItsLastCommittedChunkAndRepeatsNoAlert() throws SQLException {
        String prefix = "resume-" + UUID.randomUUID();
        for (String suffix : new String[] {"-a", "-b", "-c"}) {
            insertUnscreened("bank-demo", prefix + suffix, LEE_NAME);
        }
        // the state a stop leaves: the job RUNNING, its cursor after the first customer, whose chunk was committed
        UUID id = UUID.randomUUID();
        String[] engine = engine();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into monitoring_rescreen (id, bank, trigger, reason, requested_by, engine_version, config_hash,"
                        + " state, customers_total, customers_done, cursor_bank, cursor_customer, created_at,"
                        + " started_at, updated_at) values (?, 'bank-demo', 'REQUESTED', 'test', 'bank-demo', ?, ?,"
                        + " 'RUNNING', 3, 1, 'bank-demo', ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            ps.setObject(1, id);
            ps.setString(2, engine[0]);
            ps.setString(3, engine[1]);
            ps.setString(4, prefix + "-a");
            ps.setTimestamp(5, now);
            ps.setTimestamp(6, now);
            ps.setTimestamp(7, now);
            ps.executeUpdate();
        }

        fullRescreen.resumeAfterStart();
        awaitCompleted(bankDemo(), id.toString());

        alertsOf(bankDemo(), prefix + "-a").body("items", empty()); // before the cursor: not screened again
        alertsOf(bankDemo(), prefix + "-b").body("items", hasSize(1));
        alertsOf(bankDemo(), prefix + "-c").body("items", hasSize(1));
        given().auth().oauth2(bankDemo()).get("/api/v1/customer-rescreens/" + id).then()
                .body("customersTotal", equalTo(3)); // the total counted before the stop is kept

        String full = given().auth().oauth2(bankDemo()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/customer-rescreens").then().statusCode(202).extract().path("rescreenId");
        awaitCompleted(bankDemo(), full);
        for (String suffix : new String[] {"-a", "-b", "-c"}) {
            alertsOf(bankDemo(), prefix + suffix).body("items", hasSize(1));
        }
        assertThat(one("select count(*)::text from monitoring_alert where customer_id like '" + prefix + "%'"))
                .isEqualTo("3");
    }

    private static void awaitCompleted(String token, String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/v1/customer-rescreens/" + id).then().statusCode(200).body("state", equalTo("COMPLETED")));
    }

    /** A customer written straight into the book, never screened (as a restored backup would leave it). */
    private void insertUnscreened(String bank, String customerId, String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into monitored_customer (bank, customer_id, name, kind, other_names, reference, content_hash,"
                        + " created_at, updated_at) values (?, ?, ?, 'PERSON', '[]', '{}', 'unscreened', now(), now())")) {
            ps.setString(1, bank);
            ps.setString(2, customerId);
            ps.setString(3, name);
            ps.executeUpdate();
        }
    }

    private String[] engine() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select engine_version, config_hash from monitoring_checkpoint where id = 1");
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).as("the monitoring checkpoint exists once the index is loaded").isTrue();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.executeUpdate();
        }
    }

    private String one(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query);
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).as(query).isTrue();
            return rs.getString(1);
        }
    }
}
