package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;
import org.sanctions.e2e.reliability.Http.Reply;
import org.sanctions.testkit.Prerequisites;

/**
 * Issue 6's end-to-end check on the real processes: a list imported into the registry is screened through the
 * gateway (a reordered name matches at the default threshold), then an editor revokes the party's measures and the
 * next screenings stop reporting it. The delay from the registry's acknowledgement is measured and reported (the
 * issue's target is one second; the feed is a long poll woken by the commit, so there is no polling interval): the
 * assertion only bounds it at five seconds, because a timed assertion on a shared two-core machine would be flaky.
 */
@Order(Suite.AFTER_BROWSER_TESTS)
@ExtendWith(SystemExtension.class)
class ScreeningFollowsRegistryTest {

    private static final Duration IMPORTED = Duration.ofMinutes(3);
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final String SOURCE = "US-OFAC/SDN/10278";
    private static final String QUERY = "Elvis Angus Logan Morey";

    @Test
    void anImportedPartyIsScreenedAndItsRevocationIsSeenInTheNextScreenings(RunningSystem system)
            throws IOException {
        Path sdn = Prerequisites.sharedData("ofac_sdn_tiny/sdn.csv");
        Api api = new Api(system);
        // ADDITIONS: a FULL run of the 17-row file would delist the whole SDN list an earlier test imported
        String job = ImportJobs.start(api, api.token("editor"), sdn, "end-to-end: import, screen, revoke",
                "ADDITIONS");
        JsonNode end = ImportJobs.awaitEnd(api, job, IMPORTED, "");
        assertThat(end.path("state").asText()).as("import: " + end).isEqualTo("SUCCEEDED");
        JsonNode party = api.get("officer", "/api/v1/parties?source=" + SOURCE).json().path("items").path(0);
        String id = party.path("id").asText();
        assertThat(id).as("party imported from " + SOURCE).isNotEmpty();

        api.awaitScreenable(QUERY, id, IMPORTED);
        JsonNode match = matchOf(screenAtDefaultThreshold(api), id);
        assertThat(match).as("'" + QUERY + "' matches the imported LOGAN MOREY, Elvis Angus").isNotNull();
        assertThat(match.path("match").asBoolean()).isTrue();
        assertThat(match.path("sources").findValuesAsText("sourceId")).contains("10278");

        // earlier tests may have left the lookup service digesting a long feed (a whole list imported): measure from
        // an index that has caught up, so the figure is this one change's delay
        try (Store store = new Store(system)) {
            Index.awaitCaughtUp(system, api, store, IMPORTED);
        }
        List<String> revoked = revokeActiveMeasures(api, id);
        long acknowledged = System.nanoTime();
        Reply after;
        do {
            after = screenAtDefaultThreshold(api);
        } while (matchOf(after, id) != null && System.nanoTime() - acknowledged < BOUND.toNanos());
        long millis = (System.nanoTime() - acknowledged) / 1_000_000;
        Report.line("screening-follows-registry", "measures %s revoked; next screenings stopped matching after %d ms"
                + " (target 1,000 ms), list version %s", revoked, millis, after.json().path("listVersion"));
        assertThat(matchOf(after, id)).as("still matched %d ms after the revocation was acknowledged: %s", millis,
                after.describe()).isNull();
    }

    private static List<String> revokeActiveMeasures(Api api, String id) {
        JsonNode measures = api.get("officer", "/api/v1/parties/" + id).json().path("measures");
        List<String> revoked = new ArrayList<>();
        for (JsonNode m : measures) {
            if ("ACTIVE".equals(m.path("status").asText())) {
                Reply r = api.send("POST", "editor", "/api/v1/parties/" + id + "/measures/" + m.path("id").asText()
                        + "/revoke", Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(),
                        "reason", "end-to-end test delisting"), Map.of("X-Change-Reason", "end-to-end%20test"));
                assertThat(r.status()).as(r.describe()).isEqualTo(200);
                revoked.add(m.path("program").asText());
            }
        }
        assertThat(revoked).as("active measures of " + id).isNotEmpty();
        return revoked;
    }

    private static Reply screenAtDefaultThreshold(Api api) {
        Reply r = api.post("bank", "/api/v1/screenings", Map.of("name", QUERY));
        assertThat(r.status()).as(r.describe()).isEqualTo(200);
        return r;
    }

    private static JsonNode matchOf(Reply screening, String id) {
        for (JsonNode m : screening.json().path("matches")) {
            if (id.equals(m.path("partyId").asText())) {
                return m;
            }
        }
        return null;
    }
}
