package org.sanctions.lookup.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.index.FakeRegistry;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.PostgresResource;

/**
 * The ownership rule applied to the registry's own links (issue 17): a company on no list, whose listed owners or
 * controllers block it under a jurisdiction's rule, is found by a screening of its own name. Its measures are the
 * owners' programs marked derived, and the answer carries the rule's result with the path. The block follows the
 * owners: revoking an owner's measure lifts it, and it passes down a chain of companies.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "bank-demo", roles = "screening-client")
class DerivedOwnershipTest {

    private static final Duration FEED = Duration.ofSeconds(10);

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void aCompanyOwnedFiftyPercentInTheAggregateByListedPersonsIsFoundByItsOwnName() {
        FakeRegistry registry = FakeRegistry.get();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        registry.publish("PARTY_CREATED", first, person(first, "KORVANSKY, Teodor", "RUSSIA-EO14024", "US-OFAC",
                "ACTIVE"));
        registry.publish("PARTY_CREATED", second, person(second, "MERELAN, Ostap", "UKRAINE-EO13660", "US-OFAC",
                "ACTIVE"));
        String company = UUID.randomUUID().toString();
        String chained = UUID.randomUUID().toString();
        String below = UUID.randomUUID().toString();
        registry.publish("PARTY_CREATED", company, company(company, "VELTRASSO TRADING LLC",
                "[" + owns(first, 30) + "," + owns(second, 25) + "]"));
        registry.publish("PARTY_CREATED", chained, company(chained, "QUORRIDAN SHIPPING LTD",
                "[" + owns(company, 60) + "]"));
        long seq = registry.publish("PARTY_CREATED", below, company(below, "ASTREMOVA LOGISTICS LLC",
                "[" + owns(first, 30) + "," + owns(second, 15) + "]"));

        Eventually.within(FEED, () -> assertThat(match(screen("Veltrasso Trading", seq), company)).isNotNull());
        JsonPath answer = screen("Veltrasso Trading", seq);
        Map<String, Object> hit = match(answer, company);
        assertThat(measures(hit)).containsExactlyInAnyOrder("RUSSIA-EO14024/US-OFAC/derived",
                "UKRAINE-EO13660/US-OFAC/derived");
        Map<String, Object> us = jurisdiction(hit, "US");
        assertThat(us.get("blocked")).isEqualTo(true);
        assertThat(((Number) us.get("aggregateShare")).doubleValue()).isEqualTo(55.0);
        assertThat(owners(us)).containsExactlyInAnyOrder(first, second);
        // only US authorities list the owners: the EU and UK rules have no listed owner to start from
        assertThat(jurisdiction(hit, "EU").get("blocked")).isEqualTo(false);
        assertThat(jurisdiction(hit, "UK").get("blocked")).isEqualTo(false);

        // 30% + 15% is 45%: not blocked, so not screened against at all
        assertThat(match(screen("Astremova Logistics", seq), below)).isNull();

        // 60% held by a company that is itself blocked: blocked through the chain
        Map<String, Object> chain = match(screen("Quorridan Shipping", seq), chained);
        assertThat(chain).as("the chained company is found").isNotNull();
        assertThat(measures(chain)).contains("RUSSIA-EO14024/US-OFAC/derived");
        assertThat(paths(jurisdiction(chain, "US"))).anySatisfy(path -> assertThat(path).hasSize(2));

        // a screening limited to one owner's program still finds the company through that owner
        JsonPath limited = given().contentType(ContentType.JSON)
                .body("{\"name\":\"Veltrasso Trading\",\"programs\":[\"UKRAINE-EO13660\"]}")
                .post("/api/v1/screenings").then().statusCode(200).extract().jsonPath();
        assertThat(measures(match(limited, company))).containsExactly("UKRAINE-EO13660/US-OFAC/derived");

        // one owner delisted: 25% is left, the block is lifted, and the chain below it with it
        long revoked = registry.publish("PARTY_UPDATED", first, person(first, "KORVANSKY, Teodor",
                "RUSSIA-EO14024", "US-OFAC", "REVOKED"));
        Eventually.within(FEED, () -> assertThat(match(screen("Veltrasso Trading", revoked), company)).isNull());
        assertThat(match(screen("Quorridan Shipping", revoked), chained)).isNull();
    }

    @Test
    @TestSecurity(user = "bank-auditor", roles = {"screening-client", "auditor"})
    void theEvidenceKeepsTheDerivedMeasuresAndTheRulesResult() {
        String id = given().contentType(ContentType.JSON).body("{\"name\":\"Zelmoran Holding\"}")
                .post("/api/v1/screenings").then().statusCode(200).extract().path("screeningId");
        JsonPath evidence = given().get("/api/v1/screenings/" + id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> hit = evidence.getMap("topMatches.find { it.partyId == '" + TestParties.OWNED_BY_PUTIN
                + "' }");
        assertThat(measures(hit)).containsExactly("RUSSIA-EO14024/US-OFAC/derived");
        assertThat(jurisdiction(hit, "US").get("blocked")).isEqualTo(true);
        assertThat(owners(jurisdiction(hit, "US"))).containsExactly(TestParties.PUTIN);
    }

    @Test
    void controlWithoutSharesBlocksUnderTheEuAndUkRulesOnly() {
        FakeRegistry registry = FakeRegistry.get();
        String controller = UUID.randomUUID().toString();
        String company = UUID.randomUUID().toString();
        registry.publish("PARTY_CREATED", controller, person(controller, "DRAVENKO, Larysa", "RUSSIA", "EU",
                "ACTIVE"));
        long seq = registry.publish("PARTY_CREATED", company, company(company, "SOLMERIKA HOLDINGS AG",
                "[{\"type\":\"CONTROLS\",\"direction\":\"INCOMING\",\"partyId\":\"" + controller + "\"}]"));

        Eventually.within(FEED, () -> assertThat(match(screen("Solmerika Holdings", seq), company)).isNotNull());
        Map<String, Object> hit = match(screen("Solmerika Holdings", seq), company);
        assertThat(measures(hit)).containsExactly("RUSSIA/EU/derived");
        assertThat(jurisdiction(hit, "US").get("blocked")).isEqualTo(false);
        assertThat(jurisdiction(hit, "EU").get("blocked")).isEqualTo(true);
        assertThat(jurisdiction(hit, "EU").get("controlled")).isEqualTo(true);
        // the UK rule counts control too, but a UK authority lists nobody here
        assertThat(jurisdiction(hit, "UK").get("blocked")).isEqualTo(false);
        assertThat(match(screen("Solmerika Holdings", seq), company).get("owners")).asList().hasSize(1);
    }

    @Test
    void theSnapshotLoadedAtStartAlreadyCarriesTheDerivedBlock() {
        // seeded in the registry's export, so the block was derived when the index was loaded, not from the feed
        Map<String, Object> hit = match(screen("Zelmoran Holding", 0), TestParties.OWNED_BY_PUTIN);
        assertThat(hit).as("the seeded company owned 60%% by a listed person").isNotNull();
        assertThat(measures(hit)).containsExactly("RUSSIA-EO14024/US-OFAC/derived");
        assertThat(jurisdiction(hit, "US").get("blocked")).isEqualTo(true);
    }

    private static JsonPath screen(String name, long seq) {
        JsonPath answer = given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}")
                .post("/api/v1/screenings").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getLong("listVersion")).isGreaterThanOrEqualTo(seq);
        return answer;
    }

    private static Map<String, Object> match(JsonPath answer, String partyId) {
        return answer.getMap("matches.find { it.partyId == '" + partyId + "' }");
    }

    @SuppressWarnings("unchecked")
    private static List<String> measures(Map<String, Object> match) {
        return ((List<Map<String, Object>>) match.get("measures")).stream().map(m -> m.get("program") + "/"
                + m.get("authority") + (Boolean.TRUE.equals(m.get("derived")) ? "/derived" : "")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jurisdiction(Map<String, Object> match, String j) {
        return (Map<String, Object>) ((Map<String, Object>) match.get("ownership")).get(j);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Map<String, Object>>> paths(Map<String, Object> determination) {
        return (List<List<Map<String, Object>>>) determination.get("paths");
    }

    /** The listed parties at the top of each path. */
    private static List<Object> owners(Map<String, Object> determination) {
        return paths(determination).stream().map(p -> p.get(0).get("listedPartyId")).toList();
    }

    private static String owns(String owner, int share) {
        return "{\"type\":\"OWNS\",\"direction\":\"INCOMING\",\"partyId\":\"" + owner + "\",\"share\":" + share + "}";
    }

    private static String person(String id, String name, String program, String authority, String status) {
        return TestParties.person(id, name, "[]", "1968", program, "2022-04-06", status,
                "REVOKED".equals(status) ? "2024-01-15" : null)
                .replace("\"type\":\"ASSET_FREEZE\",\"authority\":\"US-OFAC\"",
                        "\"type\":\"ASSET_FREEZE\",\"authority\":\"" + authority + "\"");
    }

    private static String company(String id, String name, String links) {
        String party = TestParties.person(id, name, "[]", "1999", "NONE", "2023-05-19", "ACTIVE", null)
                .replace("\"kind\":\"PERSON\"", "\"kind\":\"ORGANIZATION\"")
                .replace("\"birthDates\":[{\"date\":\"1999\"}]", "\"birthDates\":[]");
        party = party.replaceAll("\"measures\":\\[\\{.*?\\}\\]", "\"measures\":[]");
        return party.substring(0, party.length() - 1) + ",\"relationships\":" + links + "}";
    }
}
