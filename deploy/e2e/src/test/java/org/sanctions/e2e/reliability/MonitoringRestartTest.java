package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;
import org.sanctions.e2e.reliability.Http.Reply;
import org.sanctions.testkit.WebhookReceiver.Answer;
import org.sanctions.testkit.WebhookReceiver.Received;

/**
 * Issue 15, "nothing acknowledged is lost", through the gateway: a party listed while lookup-service is down alerts
 * bank-demo's customer once the service is back (catch-up from the monitoring checkpoint), a webhook delivery pending
 * when the service is killed is delivered after the restart with the same webhook-id, replaying the feed after a
 * rewound checkpoint duplicates no alert and no delivery, and bank-two sees none of it.
 */
@Order(Suite.AFTER_BROWSER_TESTS)
@ExtendWith(SystemExtension.class)
class MonitoringRestartTest {

    private static final String LOOKUP = "lookup-service";
    private static final Duration RECOVERY = Duration.ofSeconds(180);
    private static final String RAISED = "alert.raised";

    /** A customer of bank-demo and the made-up name a party will be listed under. */
    private record Customer(String id, String name) {
    }

    /** The alert of a customer and a listed party. */
    private record Alerted(Customer customer, String partyId, String alertId) {
    }

    private RunningSystem system;

    @Test
    void alertsAndPendingWebhookDeliveriesSurviveLookupRestartsOnceEach(RunningSystem system) throws IOException {
        this.system = system;
        Instant start = Instant.now();
        Api api = new Api(system);
        try (WebhookEndpoint endpoint = WebhookEndpoint.register(api, List.of(RAISED));
                Store store = new Store(system)) {
            // 1. listed while lookup-service is down: the restarted service catches up from its checkpoint
            Customer first = customer(api);
            system.kill(LOOKUP);
            String firstParty = api.listedParty(first.name());
            long listed = auditSeq(api, firstParty, "MEASURE_ADDED");
            Instant relaunched = Instant.now();
            system.relaunch(LOOKUP);
            Alerted firstAlert = awaitAlert(api, first, firstParty);
            Duration catchUp = Duration.between(relaunched, Instant.now());
            Received raised = endpoint.awaitReceived(RAISED, firstAlert.alertId(), Answer.OK, RECOVERY);
            assertThat(raised.signatureValid()).as("signature of " + raised.id()).isTrue();
            assertThat(alert(api, firstAlert).path("listVersion").asLong())
                    .as("screened on lists at or after the listing").isGreaterThanOrEqualTo(listed);

            // 2. a delivery the receiver refused is pending when the service dies; delivered after the restart
            endpoint.answerFromNowOn(Answer.UNAVAILABLE);
            Customer second = customer(api);
            String secondParty = api.listedParty(second.name());
            Alerted secondAlert = awaitAlert(api, second, secondParty);
            Received refused = endpoint.awaitReceived(RAISED, secondAlert.alertId(), Answer.UNAVAILABLE, RECOVERY);
            String delivery = refused.id().substring("msg_".length());
            endpoint.awaitDelivery(delivery, d -> "PENDING".equals(d.path("state").asText())
                    && d.path("attempts").asInt() >= 1 && d.path("lastStatus").asInt() == 503, RECOVERY);
            system.kill(LOOKUP);
            // as if the commits of the pages since the first listing had been lost: the next start rescreens both
            rewindMonitoringCheckpoint(system, listed - 1);
            long feedEnd = store.single("select max(seq) from registry.audit_event");
            endpoint.answerFromNowOn(Answer.OK);
            relaunched = Instant.now();
            system.relaunch(LOOKUP);
            Received redelivered = endpoint.awaitReceived(RAISED, secondAlert.alertId(), Answer.OK, RECOVERY);
            Duration redelivery = Duration.between(relaunched, Instant.now());
            assertThat(redelivered.id()).as("the pending delivery, not a new one").isEqualTo(refused.id());
            assertThat(redelivered.signatureValid()).as("signature of " + redelivered.id()).isTrue();
            JsonNode logged = endpoint.awaitDelivery(delivery, d -> "DELIVERED".equals(d.path("state").asText()),
                    RECOVERY);
            assertThat(logged.path("attempts").asInt()).isGreaterThanOrEqualTo(2);

            // 3. once the replay from the rewound checkpoint has committed: no second alert, no second delivery
            Waits.until(RECOVERY, () -> "monitoring checkpoint back at feed seq " + feedEnd,
                    () -> store.single("select feed_seq from lookup.monitoring_checkpoint where id = 1") >= feedEnd);
            for (Alerted alerted : List.of(firstAlert, secondAlert)) {
                onlyAlertOfItsPair(api, alerted);
                assertThat(queuedDeliveries(store, endpoint, alerted)).as("deliveries queued for " + alerted)
                        .isEqualTo(1);
            }
            assertThat(endpoint.webhookIds(RAISED, firstAlert.alertId()))
                    .as("webhook-ids received for the first alert").hasSize(1);
            assertThat(endpoint.webhookIds(RAISED, secondAlert.alertId()))
                    .as("webhook-ids received for the second alert").containsExactly(refused.id());

            // 4. the other bank sees none of it, after the restarts as before
            bankTwoSeesNothing(api, endpoint, firstAlert, secondAlert);
            Report.line("monitoring-restart", "alert raised %d ms after the relaunch (catch-up), pending delivery"
                    + " delivered %d ms after the second relaunch; %d s in all", catchUp.toMillis(),
                    redelivery.toMillis(), Duration.between(start, Instant.now()).toSeconds());
        }
    }

    /** A new bank-demo customer (an organisation with a made-up name); no party has its name yet. */
    private static Customer customer(Api api) {
        Customer customer = new Customer("e2e-restart-" + UUID.randomUUID(), Api.uniqueName());
        Reply stored = api.send("PUT", "bank", "/api/v1/customers/" + customer.id(),
                Map.of("name", customer.name(), "kind", "ORGANIZATION"), Map.of());
        assertThat(stored.status()).as(stored.describe()).isEqualTo(200);
        return customer;
    }

    private static long auditSeq(Api api, String partyId, String action) {
        Reply events = api.get("auditor", "/api/v1/audit/events?party=" + partyId + "&action=" + action);
        assertThat(events.status()).as(events.describe()).isEqualTo(200);
        JsonNode first = events.json().path("events").path(0);
        assertThat(first.isObject()).as(action + " of " + partyId + ": " + events.describe()).isTrue();
        return first.path("seq").asLong();
    }

    /** The bank's alerts of one filter, first page. */
    private static Reply alerts(Api api, String bank, Map<String, String> filter) {
        StringBuilder path = new StringBuilder("/api/v1/alerts?limit=100");
        filter.forEach((k, v) -> path.append('&').append(k).append('=').append(v));
        return api.get(bank, path.toString());
    }

    /** The alerts of an answer that must be 200. */
    private static List<JsonNode> items(Reply reply) {
        assertThat(reply.status()).as(reply.describe()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        reply.json().path("items").forEach(items::add);
        return items;
    }

    /** Waits for bank-demo's alert of the customer and the party (the service may still be starting): the only one. */
    private static Alerted awaitAlert(Api api, Customer customer, String partyId) {
        Map<String, String> pair = Map.of("customerId", customer.id(), "partyId", partyId);
        List<JsonNode> found = new ArrayList<>();
        Waits.until(RECOVERY, () -> "bank-demo's alert for customer " + customer.id() + " and party " + partyId, () -> {
            Reply reply = alerts(api, "bank", pair);
            found.clear();
            if (reply.status() == 200) {
                found.addAll(items(reply));
            }
            return !found.isEmpty();
        });
        assertThat(found).as("alerts of the pair").hasSize(1);
        assertThat(found.get(0).path("state").asText()).isEqualTo("OPEN");
        return new Alerted(customer, partyId, found.get(0).path("id").asText());
    }

    /** The alert with its history, as bank-demo reads it. */
    private static JsonNode alert(Api api, Alerted alerted) {
        Reply full = api.get("bank", "/api/v1/alerts/" + alerted.alertId());
        assertThat(full.status()).as(full.describe()).isEqualTo(200);
        return full.json();
    }

    /** Still exactly one alert for the pair, the same one, raised once in its history. */
    private static void onlyAlertOfItsPair(Api api, Alerted alerted) {
        List<JsonNode> now = items(alerts(api, "bank", Map.of("customerId", alerted.customer().id(),
                "partyId", alerted.partyId())));
        assertThat(now).as("alerts of " + alerted).hasSize(1);
        assertThat(now.get(0).path("id").asText()).isEqualTo(alerted.alertId());
        List<String> actions = new ArrayList<>();
        alert(api, alerted).path("history").forEach(h -> actions.add(h.path("action").asText()));
        assertThat(actions).as("history of " + alerted.alertId()).containsOnlyOnce("RAISED");
    }

    /** Deliveries in lookup's outbox (any state) for the endpoint and the alert: the ground truth behind the API. */
    private static long queuedDeliveries(Store store, WebhookEndpoint endpoint, Alerted alerted) {
        return store.single("select count(*) from lookup.webhook_delivery where endpoint_id = '"
                + UUID.fromString(endpoint.id()) + "' and payload -> 'data' ->> 'alertId' = '"
                + UUID.fromString(alerted.alertId()) + "'");
    }

    /** bank-two lists no alert of the parties, and gets 404 problems for bank-demo's alerts and delivery log. */
    private static void bankTwoSeesNothing(Api api, WebhookEndpoint endpoint, Alerted... alerted) {
        for (Alerted a : alerted) {
            assertThat(items(alerts(api, "bank-two", Map.of("partyId", a.partyId()))))
                    .as("bank-two's alerts of " + a.partyId()).isEmpty();
            Problems.assertProblem(api.get("bank-two", "/api/v1/alerts/" + a.alertId()), 404);
        }
        Problems.assertProblem(api.get("bank-two", "/api/v1/webhook-endpoints/" + endpoint.id() + "/deliveries"), 404);
    }

    /** Moves lookup's monitoring checkpoint back, behind the service's back (it is not running). */
    private static void rewindMonitoringCheckpoint(RunningSystem system, long feedSeq) {
        try (Connection c = DriverManager.getConnection(system.databaseUrl(), "postgres", "postgres");
                PreparedStatement ps = c.prepareStatement(
                        "update lookup.monitoring_checkpoint set feed_seq = ? where id = 1")) {
            ps.setLong(1, feedSeq);
            assertThat(ps.executeUpdate()).as("checkpoint rows rewound").isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not rewind the monitoring checkpoint", e);
        }
    }

    @AfterEach
    void lookupRuns() {
        if (system != null) {
            system.ensureRunning(LOOKUP);
        }
    }
}
