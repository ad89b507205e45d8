package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.testkit.Tokens;

/**
 * Issue 17 through the gateway with a bank's real token: an unlisted company whose two owners are listed with 30%
 * and 25% is blocked under the US 50% rule, with the path naming both owners and their measures, while 30% and 15%
 * is not; a listed controller without shares blocks under the EU and UK readings only. And a hit on a listed
 * company names the listed person who owns it, from the registry's links. The owners and controllers are synthetic
 * parties this test lists under programs of its own (US-OFAC, EU and UK-OFSI authorities), written by the editor.
 */
@ExtendWith(SystemExtension.class)
class OwnershipThroughGatewayTest {

    static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void ownersAndControllersDecideWhetherAnUnlistedCompanyIsBlocked(RunningSystem system) {
        RegistryApi registry = new RegistryApi(system);
        program(registry, "E2E-OWN-US", "US-OFAC");
        program(registry, "E2E-OWN-EU", "EU");
        program(registry, "E2E-OWN-UK", "UK-OFSI");
        String first = personName();
        String second = personName();
        String controller = personName();
        String firstId = listed(registry, first, "E2E-OWN-US");
        String secondId = listed(registry, second, "E2E-OWN-US");
        String controllerId = listed(registry, controller, "E2E-OWN-US", "E2E-OWN-EU", "E2E-OWN-UK");
        // the feed is ordered: once the last measure written screens, every earlier write does too
        await("the controller's last measure screens").atMost(WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> match(system, controller, controllerId), m -> m != null
                        && m.path("measures").toString().contains("E2E-OWN-UK"));
        String company = SyntheticNames.word() + " " + SyntheticNames.word() + " Shipping Ltd";

        JsonNode blocked = screen(system, company, List.of(owner(first, 30), owner(second, 25)));
        assertThat(blocked.at("/ownership/US/blocked").asBoolean()).as("30% + 25% by two listed persons").isTrue();
        assertThat(blocked.at("/ownership/US/aggregateShare").decimalValue()).isEqualByComparingTo("55");
        assertThat(blocked.at("/ownership/US/paths").toString()).contains(firstId, secondId, "E2E-OWN-US");
        assertThat(blocked.at("/ownership/EU/blocked").asBoolean()).as("the EU counts only EU listings").isFalse();
        assertThat(blocked.path("matches")).as("the company's own name matches nothing").isEmpty();

        JsonNode below = screen(system, company, List.of(owner(first, 30), owner(second, 15)));
        assertThat(below.at("/ownership/US/blocked").asBoolean()).as("30% + 15% is below 50%").isFalse();
        assertThat(below.at("/ownership/US/aggregateShare").decimalValue()).isEqualByComparingTo("45");

        Map<String, Object> controls = new HashMap<>(Map.of("name", controller, "kind", "PERSON", "controls", true));
        JsonNode controlled = screen(system, company, List.of(controls));
        assertThat(controlled.at("/ownership/US/blocked").asBoolean()).as("OFAC does not count control").isFalse();
        assertThat(controlled.at("/ownership/EU/blocked").asBoolean()).as("the EU counts control").isTrue();
        assertThat(controlled.at("/ownership/UK/blocked").asBoolean()).as("the UK counts control").isTrue();
        assertThat(controlled.at("/ownership/EU/paths").toString()).contains(controllerId, "E2E-OWN-EU");

        JsonHttp.Answer invalid = JsonHttp.send("POST", system.gatewayUrl() + "/api/v1/screenings", Tokens.bankDemo(),
                Map.of("name", company, "owners", List.of(owner(first, 130))), Map.of());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");

        // a listed company: a hit on it names its listed owner, from the link the company states
        String listedCompany = SyntheticNames.word() + " " + SyntheticNames.word() + " Holding";
        String listedCompanyId = registry.createParty(Map.of("kind", "ORGANIZATION",
                "names", List.of(Map.of("fullName", listedCompany, "type", "PRIMARY")),
                "relationships", List.of(Map.of("type", "OWNS", "direction", "INCOMING", "partyId", firstId,
                        "share", 60))), "e2e: ownership, a listed company").path("id").asText();
        registry.addMeasure(listedCompanyId, measure("E2E-OWN-US", "US-OFAC"), "e2e: ownership, listed");
        JsonNode hit = await("a hit on " + listedCompany + " with its owner").atMost(WITHIN)
                .pollInterval(Duration.ofMillis(250)).until(() -> match(system, listedCompany, listedCompanyId),
                        m -> m != null && m.path("owners").size() == 1);
        JsonNode owner = hit.path("owners").get(0);
        assertThat(owner.path("partyId").asText()).isEqualTo(firstId);
        assertThat(owner.path("name").asText()).isEqualTo(first);
        assertThat(owner.path("relationship").asText()).isEqualTo("OWNS");
        assertThat(owner.path("share").decimalValue()).isEqualByComparingTo("60");
        assertThat(owner.path("listed").asBoolean()).isTrue();
        assertThat(owner.path("measures").toString()).contains("E2E-OWN-US");
    }

    /**
     * The rule applied to the registry's own links: a company the editor records with two listed owners (30% and
     * 25%) but no measure of its own is found by a screening of its name, its measures marked as derived from its
     * owners, the answer naming the path; when one owner is delisted, it is no longer screened against.
     */
    @Test
    void anUnlistedCompanyInTheRegistryIsFoundThroughItsListedOwners(RunningSystem system) {
        RegistryApi registry = new RegistryApi(system);
        program(registry, "E2E-OWN-US", "US-OFAC");
        String first = personName();
        String second = personName();
        String firstId = listed(registry, first, "E2E-OWN-US");
        String secondId = listed(registry, second, "E2E-OWN-US");
        String company = SyntheticNames.word() + " " + SyntheticNames.word() + " Trading LLC";
        String companyId = registry.createParty(Map.of("kind", "ORGANIZATION",
                "names", List.of(Map.of("fullName", company, "type", "PRIMARY")),
                "relationships", List.of(
                        Map.of("type", "OWNS", "direction", "INCOMING", "partyId", firstId, "share", 30),
                        Map.of("type", "OWNS", "direction", "INCOMING", "partyId", secondId, "share", 25))),
                "e2e: ownership, an unlisted company with listed owners").path("id").asText();

        JsonNode hit = await("a hit on " + company + ", blocked through its owners").atMost(WITHIN)
                .pollInterval(Duration.ofMillis(250)).until(() -> match(system, company, companyId), m -> m != null);
        assertThat(hit.path("measures")).as("derived from the owners' listing").isNotEmpty()
                .allSatisfy(m -> assertThat(m.path("derived").asBoolean()).isTrue());
        assertThat(hit.path("measures").toString()).contains("E2E-OWN-US");
        assertThat(hit.at("/ownership/US/blocked").asBoolean()).isTrue();
        assertThat(hit.at("/ownership/US/aggregateShare").decimalValue()).isEqualByComparingTo("55");
        assertThat(hit.at("/ownership/US/paths").toString()).contains(firstId, secondId);

        JsonNode owner = registry.party(secondId);
        String measureId = owner.path("measures").get(0).path("id").asText();
        JsonHttp.send("POST", system.gatewayUrl() + "/api/v1/parties/" + secondId + "/measures/" + measureId
                + "/revoke", Tokens.user("editor"), Map.of("date", "2026-11-20", "reason",
                        "e2e: ownership, an owner delisted", "status", "REVOKED"),
                Map.of("If-Match", "\"" + owner.path("version").asLong() + "\"",
                        "X-Change-Reason", "e2e%3A%20ownership%2C%20an%20owner%20delisted")).expect(200);
        await("30% is left: " + company + " is no longer screened against").atMost(WITHIN)
                .pollInterval(Duration.ofMillis(250)).until(() -> match(system, company, companyId) == null);
    }

    static void program(RegistryApi registry, String code, String authority) {
        registry.ensureProgram(JsonHttp.JSON.valueToTree(Map.of("code", code, "authority", authority, "name",
                "Synthetic program of the ownership end-to-end test")), "e2e: ownership, program");
    }

    static String personName() {
        return SyntheticNames.word().toUpperCase() + ", " + SyntheticNames.word();
    }

    /** Creates the person with an asset freeze under each program, and waits until screening finds them. */
    static String listed(RegistryApi registry, String name, String... programs) {
        String id = registry.createParty(Map.of("kind", "PERSON", "names", List.of(Map.of("fullName", name, "type",
                "PRIMARY"))), "e2e: ownership, a listed owner").path("id").asText();
        for (String program : programs) {
            registry.addMeasure(id, measure(program, program.endsWith("US") ? "US-OFAC" : program.endsWith("EU")
                    ? "EU" : "UK-OFSI"), "e2e: ownership, listed");
        }
        registry.awaitScreenable(name, id, WITHIN);
        return id;
    }

    static Map<String, Object> measure(String program, String authority) {
        return Map.of("program", program, "type", "ASSET_FREEZE", "authority", authority, "listedDate", "2026-11-01");
    }

    private static Map<String, Object> owner(String name, int share) {
        return Map.of("name", name, "kind", "PERSON", "share", share);
    }

    private static JsonNode screen(RunningSystem system, String company, List<Map<String, Object>> owners) {
        return JsonHttp.send("POST", system.gatewayUrl() + "/api/v1/screenings", Tokens.bankDemo(),
                Map.of("name", company, "kind", "ORGANIZATION", "owners", owners), Map.of()).expect(200).body();
    }

    private static JsonNode match(RunningSystem system, String name, String partyId) {
        JsonNode answer = JsonHttp.send("POST", system.gatewayUrl() + "/api/v1/screenings", Tokens.bankDemo(),
                Map.of("name", name), Map.of()).expect(200).body();
        for (JsonNode m : answer.path("matches")) {
            if (partyId.equals(m.path("partyId").asText())) {
                return m;
            }
        }
        return null;
    }
}
