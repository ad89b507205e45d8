package org.sanctions.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The data the browser tests need, from public facts: on 31 March 2025 the US State Department sanctioned Hong Kong
 * officials, among them Commissioner of Police Raymond Siu Chak-yee and Secretary for Justice Paul Lam, under the
 * Hong Kong Autonomy Act (blocking). Created through the API, as an editor would.
 */
final class TestParties {

    static final String PROGRAM = "US-HKAA";

    private final RegistryApi api;

    TestParties(RegistryApi api) {
        this.api = api;
        api.ensureProgram(Map.of("code", PROGRAM, "name", "Hong Kong Autonomy Act", "authority", "US-STATE",
                "legalBasis", "Hong Kong Autonomy Act of 2020 (Public Law 116-149)",
                "description", "Sanctions on foreign persons who materially contribute to the erosion of Hong Kong's autonomy.",
                "url", "https://www.congress.gov/bill/116th-congress/house-bill/7440"));
    }

    /** Raymond Siu Chak-yee, with his Chinese name, blocked since 2025-03-31; screenable when this returns. */
    JsonNode raymondSiu() {
        JsonNode existing = api.findParty("Chak-yee");
        if (existing != null) {
            return existing;
        }
        return blockedOfficial(List.of(name("SIU, Chak-yee", "PRIMARY", "Latn", "en"), name("Raymond SIU", "AKA", "Latn", "en"),
                name("蕭澤頤", "AKA", "Hant", "zh-Hant")), "Commissioner of Police of Hong Kong", "Raymond Siu");
    }

    /** Paul Lam Ting-kwok, with his Chinese name, blocked since 2025-03-31. A new party on every call. */
    JsonNode paulLam() {
        return blockedOfficial(List.of(name("LAM, Ting-kwok", "PRIMARY", "Latn", "en"), name("Paul LAM", "AKA", "Latn", "en"),
                name("林定國", "AKA", "Hant", "zh-Hant")), "Secretary for Justice of Hong Kong", "Paul Lam");
    }

    /** A party whose name and remarks are markup: the UI must show them as text and run nothing. */
    JsonNode hostileMarkup() {
        return api.createParty(Map.of("kind", "ORGANIZATION",
                "names", List.of(name("<script>alert(1)</script>", "PRIMARY", "Latn", null)),
                "remarks", "<img src=x onerror=alert(2)> and <b>bold</b>"), "e2e: escaping check");
    }

    private JsonNode blockedOfficial(List<Map<String, Object>> names, String position, String screenAs) {
        JsonNode party = api.createParty(Map.of("kind", "PERSON", "names", names, "positions", List.of(position)),
                "e2e: designated by the US State Department on 2025-03-31");
        String id = party.path("id").asText();
        JsonNode withMeasure = api.addMeasure(id, Map.of("program", PROGRAM, "type", "ASSET_FREEZE", "authority", "US-STATE",
                "listedDate", "2025-03-31", "effectiveDate", "2025-03-31"), "e2e: blocking under the Hong Kong Autonomy Act");
        api.awaitScreenable(screenAs, id, Duration.ofSeconds(30));
        return withMeasure;
    }

    private static Map<String, Object> name(String fullName, String type, String script, String language) {
        return language == null ? Map.of("fullName", fullName, "type", type, "script", script)
                : Map.of("fullName", fullName, "type", type, "script", script, "language", language);
    }
}
