package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.testkit.ProjectPaths;
import org.sanctions.testkit.Tokens;

/**
 * Issue 15's acceptance flow through the gateway with real Keycloak tokens: a customer uploaded by bank-demo is
 * alerted when an editor lists a matching party (commit-to-alert latency printed), bank-two sees nothing of it and
 * neither bank reads the other's ids, a false positive takes an analyst and a different reviewer, stays closed on an
 * unrelated edit of the party and reopens, with the difference, when the party gets a new alias.
 */
@ExtendWith(SystemExtension.class)
class MonitoringThroughGatewayTest {

    private static final String PROGRAM = "E2E-MONITORING";
    private static final String BIRTH_DATE = "1971-04-12";

    @Test
    void listingACustomerAlertsItsBankOnlyAndAConfirmedFalsePositiveReopensOnANewAlias(RunningSystem system)
            throws IOException {
        theRealmHasBothBanksStaff();
        MonitoringApi monitoring = new MonitoringApi(system);
        RegistryApi registry = new RegistryApi(system);
        String bankDemo = Tokens.bankDemo();
        String bankTwo = Tokens.client("bank-two", "bank-two-secret");
        String given = SyntheticNames.word();
        String family = SyntheticNames.word();
        String demoCustomer = "e2e-mon-" + given.toLowerCase() + "-demo";
        String twoCustomer = "e2e-mon-" + given.toLowerCase() + "-two";

        JsonNode demoUpload = monitoring.uploadCustomers(bankDemo, "customerId,name,kind,birthDate,branch\n"
                + demoCustomer + "," + given + " " + family + ",PERSON," + BIRTH_DATE + ",HK-01\n"
                + demoCustomer + "-2," + given + " " + family + ",PERSON," + BIRTH_DATE + ",HK-02\n");
        assertThat(demoUpload.path("progress").path("created").asInt()).as(demoUpload.toString()).isEqualTo(2);
        JsonNode twoUpload = monitoring.uploadCustomers(bankTwo, "customerId,name,kind,birthDate\n"
                + twoCustomer + "," + SyntheticNames.word() + " " + SyntheticNames.word() + ",PERSON,1980-02-03\n");
        assertThat(twoUpload.path("progress").path("created").asInt()).as(twoUpload.toString()).isEqualTo(1);
        assertThat(monitoring.alerts(bankDemo, Map.of("customerId", demoCustomer))).as("no party matches yet").isEmpty();

        // the editor lists the matching party: created, then put under a measure (only listed parties are screened)
        ensureProgram(registry);
        JsonNode party = registry.createParty(Map.of("kind", "PERSON",
                "names", List.of(Map.of("fullName", family.toUpperCase() + ", " + given, "type", "PRIMARY")),
                "birthDates", List.of(Map.of("date", BIRTH_DATE)),
                "remarks", "Synthetic party of MonitoringThroughGatewayTest (deploy/e2e); not a real listing."),
                "e2e: monitoring, synthetic party");
        String partyId = party.path("id").asText();
        JsonNode listed = registry.addMeasure(partyId, Map.of("program", PROGRAM, "type", "ASSET_FREEZE",
                "listedDate", "2026-12-01"), "e2e: monitoring, listed");
        Instant acknowledged = Instant.now();

        JsonNode alert = await("bank-demo's alert for " + partyId).atMost(MonitoringApi.WITHIN)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> alertOf(monitoring.alerts(bankDemo, Map.of("customerId", demoCustomer)), partyId),
                        a -> a != null);
        Instant seen = Instant.now();
        JsonNode commit = auditEvent(system, partyId, "MEASURE_ADDED");
        Instant committed = Instant.parse(commit.path("time").asText());
        Instant raised = Instant.parse(alert.path("createdAt").asText());
        System.out.printf("monitoring commit-to-alert: %d ms (registry event time %s to alert createdAt %s); the test"
                + " saw it %d ms after the measure's 201 (poll every 100 ms)%n",
                Duration.between(committed, raised).toMillis(), committed, raised,
                Duration.between(acknowledged, seen).toMillis());
        assertThat(alert.path("state").asText()).isEqualTo("OPEN");
        assertThat(alert.path("bank").asText()).isEqualTo("bank-demo");
        assertThat(alert.path("score").asDouble()).isGreaterThan(0.5);
        assertThat(alert.path("engineVersion").asText()).isNotBlank();
        assertThat(alert.path("listVersion").asLong()).isGreaterThanOrEqualTo(commit.path("seq").asLong());
        assertThat(alert.path("explanation").isObject()).isTrue();
        String alertId = alert.path("id").asText();

        banksAreIsolated(monitoring, bankDemo, bankTwo, partyId, alertId, demoCustomer, twoCustomer);
        twoPeopleCloseItAsAFalsePositive(monitoring, alertId);
        nobodyConfirmsTheirOwnProposal(system, monitoring, await("the second customer's alert")
                .atMost(MonitoringApi.WITHIN).until(() -> alertOf(monitoring.alerts(bankDemo,
                        Map.of("customerId", demoCustomer + "-2")), partyId), a -> a != null).path("id").asText());

        // an edit outside the matching fields, then a new alias: only the alias reopens the alert
        JsonNode current = registry.party(partyId);
        ObjectNode remark = current.deepCopy();
        remark.put("remarks", "Synthetic party of MonitoringThroughGatewayTest; remark edited.");
        JsonNode remarked = registry.updateParty(partyId, current.path("version").asLong(), remark,
                "e2e: monitoring, remark only");
        ObjectNode aliased = remarked.deepCopy();
        String alias = family.toUpperCase() + ", " + given.charAt(0) + ".";
        aliased.withArrayProperty("names").addObject().put("fullName", alias).put("type", "AKA");
        JsonNode withAlias = registry.updateParty(partyId, remarked.path("version").asLong(), aliased,
                "e2e: monitoring, new alias");

        String reviewer = Tokens.user("reviewer");
        JsonNode reopened = await("alert " + alertId + " reopened").atMost(MonitoringApi.WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> monitoring.get(reviewer, "/api/v1/alerts/" + alertId).expect(200).body(),
                        a -> "OPEN".equals(a.path("state").asText()));
        // the feed delivers the remark before the alias: had the remark reopened it, REOPENED would come twice or
        // an UPDATED row would follow
        assertThat(actions(reopened)).containsExactly("RAISED", "PROPOSED_FALSE_POSITIVE", "CONFIRMED_FALSE_POSITIVE",
                "REOPENED");
        assertThat(reopened.path("partyVersion").asLong()).isEqualTo(withAlias.path("version").asLong());
        JsonNode difference = reopened.path("history").get(3).path("detail").path("party");
        assertThat(texts(difference.path("before").path("names"))).doesNotContain(alias);
        assertThat(texts(difference.path("after").path("names"))).contains(alias);
    }

    private static void banksAreIsolated(MonitoringApi monitoring, String bankDemo, String bankTwo, String partyId,
            String alertId, String demoCustomer, String twoCustomer) {
        assertThat(monitoring.alerts(bankTwo, Map.of("partyId", partyId))).isEmpty();
        assertThat(monitoring.alerts(bankTwo, Map.of("customerId", twoCustomer))).isEmpty();
        assertThat(monitoring.get(bankTwo, "/api/v1/customers/" + twoCustomer).status()).isEqualTo(200);
        notFound(monitoring.get(bankTwo, "/api/v1/alerts/" + alertId));
        notFound(monitoring.get(bankTwo, "/api/v1/customers/" + demoCustomer));
        notFound(monitoring.get(bankDemo, "/api/v1/customers/" + twoCustomer));
        String analystTwo = Tokens.user("analyst-two");
        notFound(monitoring.get(analystTwo, "/api/v1/alerts/" + alertId));
        notFound(monitoring.decide(analystTwo, alertId, "FALSE_POSITIVE", "not my bank's alert"));
        assertThat(monitoring.alerts(analystTwo, Map.of("partyId", partyId))).isEmpty();
    }

    private static void twoPeopleCloseItAsAFalsePositive(MonitoringApi monitoring, String alertId) {
        String analyst = Tokens.user("analyst");
        JsonNode proposed = monitoring.decide(analyst, alertId, "FALSE_POSITIVE",
                "e2e: different person, other birth place").expect(200).body();
        assertThat(proposed.path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(proposed.path("pendingDecision").asText()).isEqualTo("FALSE_POSITIVE");
        // the analyst cannot confirm their own proposal: CONFIRM is a reviewer's decision (403, as documented)
        JsonHttp.Answer selfConfirm = monitoring.decide(analyst, alertId, "CONFIRM", "e2e: my own proposal");
        assertThat(selfConfirm.status()).isEqualTo(403);
        assertThat(selfConfirm.header("Content-Type")).startsWith("application/problem+json");
        assertThat(monitoring.get(analyst, "/api/v1/alerts/" + alertId).expect(200).body().path("state").asText())
                .isEqualTo("IN_REVIEW");
        JsonNode closed = monitoring.decide(Tokens.user("reviewer"), alertId, "CONFIRM", "e2e: agreed, not the same")
                .expect(200).body();
        assertThat(closed.path("state").asText()).isEqualTo("CLOSED_FALSE_POSITIVE");
        assertThat(closed.path("closedReason").asText()).isEqualTo("e2e: agreed, not the same");
    }

    /** A member of bank-demo with both roles proposes a close and cannot confirm it (409, as documented). */
    private static void nobodyConfirmsTheirOwnProposal(RunningSystem system, MonitoringApi monitoring, String alertId) {
        KeycloakAdmin admin = new KeycloakAdmin(system.keycloak());
        admin.ensureUser("e2e-analyst-reviewer", List.of("alert-analyst", "alert-reviewer"));
        admin.joinGroup("e2e-analyst-reviewer", "bank-demo");
        String both = Tokens.user("e2e-analyst-reviewer");
        monitoring.decide(both, alertId, "TRUE_MATCH", "e2e: same birth date").expect(200);
        JsonHttp.Answer own = monitoring.decide(both, alertId, "CONFIRM", "e2e: my own proposal");
        assertThat(own.status()).as(own.raw().body()).isEqualTo(409);
        assertThat(own.header("Content-Type")).startsWith("application/problem+json");
        assertThat(own.body().path("detail").asText()).contains("second person");
        JsonNode after = monitoring.get(both, "/api/v1/alerts/" + alertId).expect(200).body();
        assertThat(after.path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(after.path("proposedBy").asText()).isEqualTo("e2e-analyst-reviewer");
    }

    /** The realm file holds each bank's analyst and reviewer (password = user name), and their tokens name the bank. */
    private static void theRealmHasBothBanksStaff() throws IOException {
        JsonNode realm = JsonHttp.JSON.readTree(ProjectPaths.root().resolve("deploy/keycloak/sanctions-realm.json")
                .toFile());
        Map<String, List<String>> staff = Map.of("analyst", List.of("alert-analyst", "bank-demo"),
                "reviewer", List.of("alert-reviewer", "bank-demo"), "analyst-two", List.of("alert-analyst", "bank-two"),
                "reviewer-two", List.of("alert-reviewer", "bank-two"));
        staff.forEach((username, roleAndBank) -> {
            JsonNode user = null;
            for (JsonNode u : realm.path("users")) {
                user = username.equals(u.path("username").asText()) ? u : user;
            }
            assertThat(user).as("user %s in the realm file", username).isNotNull();
            assertThat(texts(user.path("realmRoles"))).contains(roleAndBank.get(0));
            assertThat(texts(user.path("groups"))).contains("/" + roleAndBank.get(1));
            // the group-membership mapper gives users the bank as a one-element list
            JsonNode bank = Tokens.claims(Tokens.user(username)).path("bank");
            assertThat(bank.isArray() ? texts(bank) : List.of(bank.asText())).containsExactly(roleAndBank.get(1));
        });
    }

    private static void ensureProgram(RegistryApi registry) {
        registry.ensureProgram(JsonHttp.JSON.valueToTree(Map.of("code", PROGRAM, "authority", "E2E-TEST",
                "name", "Synthetic program of the monitoring end-to-end test")), "e2e: monitoring, program");
    }

    /** The party's audit event of this action (the first one), read as the auditor. */
    private static JsonNode auditEvent(RunningSystem system, String partyId, String action) {
        JsonNode events = JsonHttp.send("GET", system.gatewayUrl() + "/api/v1/audit/events?party=" + partyId
                + "&action=" + action, Tokens.user("auditor"), null, Map.of()).expect(200).body().path("events");
        assertThat(events).as("%s events of %s", action, partyId).isNotEmpty();
        return events.get(0);
    }

    private static JsonNode alertOf(JsonNode items, String partyId) {
        for (JsonNode item : items) {
            if (partyId.equals(item.path("partyId").asText())) {
                return item;
            }
        }
        return null;
    }

    private static void notFound(JsonHttp.Answer answer) {
        assertThat(answer.status()).as(answer.raw().uri() + " " + answer.raw().body()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    private static List<String> actions(JsonNode alert) {
        List<String> actions = new ArrayList<>();
        alert.path("history").forEach(h -> actions.add(h.path("action").asText()));
        return actions;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
