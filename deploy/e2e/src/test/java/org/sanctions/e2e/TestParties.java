package org.sanctions.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The parties the browser tests work on: two officials of the demo data set (designated by the US State Department on
 * 31 March 2025 under EO 13936), made screenable, and synthetic parties for checks that change or abuse data.
 */
final class TestParties {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

    private final RegistryApi api;
    private final DemoData demo;

    TestParties(RegistryApi api) {
        this.api = api;
        this.demo = new DemoData(api);
    }

    /** Raymond Siu Chak-yee (蕭澤頤), Commissioner of Police; screenable when this returns. */
    JsonNode raymondSiu() {
        return screenable(demo.load("state-2025-siu-chak-yee"), "Raymond Siu");
    }

    /** Paul Lam Ting-kwok (林定國), Secretary for Justice; screenable when this returns. */
    JsonNode paulLam() {
        return screenable(demo.load("state-2025-lam-ting-kwok"), "Paul Lam");
    }

    /** A new party whose name and remarks are markup: the UI must show them as text and run nothing. */
    JsonNode hostileMarkup() {
        return api.createParty(Map.of("kind", "ORGANIZATION",
                "names", List.of(Map.of("fullName", "<script>alert(1)</script>", "type", "PRIMARY")),
                "remarks", "<img src=x onerror=alert(2)> and <b>bold</b>"), "e2e: escaping check");
    }

    /** A new, plainly synthetic organisation for tests that edit a party. */
    JsonNode syntheticOrganisation(String name) {
        return api.createParty(Map.of("kind", "ORGANIZATION", "names", List.of(Map.of("fullName", name, "type", "PRIMARY"))),
                "e2e: synthetic party for an editing check");
    }

    private JsonNode screenable(JsonNode party, String name) {
        api.awaitScreenable(name, party.path("id").asText(), INDEXED_WITHIN);
        return party;
    }
}
