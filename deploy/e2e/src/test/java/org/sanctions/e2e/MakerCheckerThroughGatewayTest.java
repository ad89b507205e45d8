package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.testkit.Tokens;

/**
 * Issue 16's maker-checker through the gateway with real tokens of two editors, on the shared system whose registry
 * holds writes for {@link RunningSystem#FOUR_EYES_PROGRAM}: a measure under it waits for a second editor (its maker
 * cannot approve it), then screens under the program; later requests are rejected, withdrawn and refused as stale,
 * none of them writing anything; the audit chain verifies and names both people and both reasons.
 */
@ExtendWith(SystemExtension.class)
class MakerCheckerThroughGatewayTest {

    private static final String PROGRAM = RunningSystem.FOUR_EYES_PROGRAM;
    private static final String MAKER_REASON = "e2e: four eyes, listed under the test program";
    private static final String CHECKER_REASON = "e2e: four eyes, checked against the notice";

    @Test
    void aSecondEditorDecidesEveryHeldWriteAndTheAuditNamesBoth(RunningSystem system) {
        ChangeRequestApi api = new ChangeRequestApi(system);
        RegistryApi registry = new RegistryApi(system);
        registry.ensureProgram(JsonHttp.JSON.valueToTree(Map.of("code", PROGRAM, "authority", "E2E-TEST",
                "name", "Synthetic program of the maker-checker end-to-end test")), "e2e: four eyes, program");
        String name = "Four Eyes " + SyntheticNames.word() + " " + SyntheticNames.word() + " Trading";
        // no measure under the program yet: the creation takes effect at once
        String partyId = registry.createParty(Map.of("kind", "ORGANIZATION",
                "names", List.of(Map.of("fullName", name, "type", "PRIMARY")),
                "remarks", "Synthetic party of MakerCheckerThroughGatewayTest (deploy/e2e)."),
                "e2e: four eyes, synthetic party").path("id").asText();
        long created = registry.party(partyId).path("version").asLong();

        JsonHttp.Answer held = api.write("editor", "POST", "/api/v1/parties/" + partyId + "/measures",
                Map.of("program", PROGRAM, "type", "ASSET_FREEZE", "listedDate", "2026-12-01"), null, MAKER_REASON)
                .expect(202);
        String measureRequest = held.body().path("id").asText();
        assertThat(URI.create(held.header("Location")).getPath()).isEqualTo("/api/v1/change-requests/" + measureRequest);
        assertThat(held.body().path("state").asText()).isEqualTo("PENDING");
        assertThat(held.body().path("kind").asText()).isEqualTo("ADD_MEASURE");
        assertThat(held.body().path("maker").path("username").asText()).isEqualTo("editor");
        assertThat(registry.party(partyId).path("measures")).as("nothing applied while pending").isEmpty();
        assertThat(api.pendingIds("editor2")).contains(measureRequest);

        JsonHttp.Answer own = api.decide("editor", measureRequest, "approval", "e2e: my own is fine");
        api.assertProblem(own, 403, "four-eyes");
        assertThat(api.state("editor", measureRequest)).isEqualTo("PENDING");
        JsonNode applied = api.decide("editor2", measureRequest, "approval", CHECKER_REASON).expect(200).body();
        assertThat(applied.path("state").asText()).isEqualTo("APPLIED");
        assertThat(applied.path("checker").path("username").asText()).isEqualTo("editor2");
        JsonNode listed = registry.party(partyId);
        assertThat(listed.path("version").asLong()).isEqualTo(applied.path("resultVersion").asLong());
        assertThat(listed.path("measures").get(0).path("program").asText()).isEqualTo(PROGRAM);
        assertThat(listed.path("measures").get(0).path("status").asText()).isEqualTo("ACTIVE");
        screensUnderTheProgram(system, name, partyId);

        long version = listed.path("version").asLong();
        String remarks = listed.path("remarks").asText();
        String rejected = api.patch("editor", partyId, version, "e2e: four eyes, to be rejected");
        api.assertProblem(api.decide("editor2", rejected, "rejection", null), 400, "validation");
        JsonNode rejection = api.decide("editor2", rejected, "rejection", "e2e: not in the notice").expect(200).body();
        assertThat(rejection.path("state").asText()).isEqualTo("REJECTED");
        assertThat(rejection.path("checker").path("reason").asText()).isEqualTo("e2e: not in the notice");

        String withdrawn = api.patch("editor", partyId, version, "e2e: four eyes, to be withdrawn");
        api.assertProblem(api.decide("editor2", withdrawn, "withdrawal", "e2e: not mine"), 403, "not-the-maker");
        assertThat(api.decide("editor", withdrawn, "withdrawal", "e2e: typo").expect(200).body().path("state")
                .asText()).isEqualTo("WITHDRAWN");
        assertThat(registry.party(partyId).path("version").asLong()).as("rejected and withdrawn: nothing applied")
                .isEqualTo(version);
        assertThat(registry.party(partyId).path("remarks").asText()).isEqualTo(remarks);

        String stale = api.patch("editor", partyId, version, "e2e: four eyes, goes stale");
        String meanwhile = api.patch("editor2", partyId, version, "e2e: four eyes, applied meanwhile");
        assertThat(api.decide("editor", meanwhile, "approval", "e2e: fine").expect(200).body().path("state").asText())
                .isEqualTo("APPLIED");
        api.assertProblem(api.decide("editor2", stale, "approval", "e2e: too late"), 409, "");
        assertThat(api.state("editor2", stale)).isEqualTo("STALE");
        JsonNode last = registry.party(partyId);
        assertThat(last.path("version").asLong()).isEqualTo(version + 1);
        assertThat(last.path("remarks").asText()).isEqualTo("e2e: four eyes, applied meanwhile");

        theAuditChainNamesBothPeople(system, partyId, measureRequest, meanwhile, created);
    }

    private static void screensUnderTheProgram(RunningSystem system, String name, String partyId) {
        String bank = Tokens.bankDemo();
        JsonNode match = await("screening finds " + partyId + " under " + PROGRAM).atMost(MonitoringApi.WITHIN)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    JsonNode answer = JsonHttp.send("POST", system.gatewayUrl() + "/api/v1/screenings", bank,
                            Map.of("name", name, "programs", List.of(PROGRAM), "threshold", 0.5), Map.of())
                            .expect(200).body();
                    for (JsonNode m : answer.path("matches")) {
                        if (partyId.equals(m.path("partyId").asText())) {
                            return m;
                        }
                    }
                    return null;
                }, m -> m != null);
        assertThat(match.path("measures").toString()).contains(PROGRAM);
    }

    private static void theAuditChainNamesBothPeople(RunningSystem system, String partyId, String measureRequest,
            String meanwhile, long created) {
        String auditor = Tokens.user("auditor");
        JsonNode verified = JsonHttp.send("GET", system.gatewayUrl() + "/api/v1/audit/verify", auditor, null, Map.of())
                .expect(200).body();
        assertThat(verified.path("valid").asBoolean()).as(verified.toString()).isTrue();
        JsonNode events = JsonHttp.send("GET", system.gatewayUrl() + "/api/v1/audit/events?party=" + partyId, auditor,
                null, Map.of()).expect(200).body().path("events");
        List<String> actions = new ArrayList<>();
        events.forEach(e -> actions.add(e.path("action").asText()));
        // the creation, the approved measure and the approved edit: rejected, withdrawn and stale wrote nothing
        assertThat(actions).containsExactly("PARTY_CREATED", "MEASURE_ADDED", "PARTY_UPDATED");
        assertThat(events.get(0).path("version").asLong()).isEqualTo(created);
        JsonNode measure = events.get(1);
        assertThat(measure.path("actor").path("username").asText()).isEqualTo("editor2");
        assertThat(measure.path("reason").asText()).isEqualTo("change request " + measureRequest + ", made by editor ("
                + MAKER_REASON + "), approved by editor2: " + CHECKER_REASON);
        assertThat(events.get(2).path("actor").path("username").asText()).isEqualTo("editor");
        assertThat(events.get(2).path("reason").asText()).startsWith("change request " + meanwhile + ", made by editor2");
    }
}
