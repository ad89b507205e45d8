package org.sanctions.lookup.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.index.FakeRegistry;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.PostgresResource;

/**
 * A hit shows its links other than its owners (issue 17): what it owns, whom it is linked to, a director stated by
 * the director's side, a family member the list only names; an ended link is absent, and each other party says
 * whether it is listed (the company it owns is, through it). Long link lists are cut, listed parties first.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "bank-demo", roles = "screening-client")
class MatchLinksTest {

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void aHitShowsItsOtherLinksFromEitherSide() {
        FakeRegistry registry = FakeRegistry.get();
        String hit = UUID.randomUUID().toString();
        String subsidiary = UUID.randomUUID().toString();
        String director = UUID.randomUUID().toString();
        registry.publish("PARTY_CREATED", subsidiary, organisation(subsidiary, "KRASNOVETSK PORT SERVICES LLC",
                "REVOKED", "[]"));
        registry.publish("PARTY_CREATED", hit, organisation(hit, "ORLOVSKAYA TRADING LLC", "ACTIVE",
                "[{\"type\":\"LINKED_TO\",\"direction\":\"OUTGOING\",\"partyId\":\"" + TestParties.LAM + "\"},"
                        + "{\"type\":\"FAMILY_MEMBER\",\"direction\":\"OUTGOING\",\"target\":{\"name\":\"PETROV, Ivan\"}},"
                        + "{\"type\":\"OWNS\",\"direction\":\"OUTGOING\",\"partyId\":\"" + subsidiary + "\",\"share\":75},"
                        + "{\"type\":\"ACTS_FOR\",\"direction\":\"OUTGOING\",\"partyId\":\"" + TestParties.LEE + "\","
                        + "\"endDate\":\"2020-01-01\"},"
                        + "{\"type\":\"OWNS\",\"direction\":\"INCOMING\",\"partyId\":\"" + TestParties.PUTIN
                        + "\",\"share\":60}]"));
        String person = TestParties.person(director, "BELOZERSKY, Arkady", "[]", "1968", "RUSSIA-EO14024",
                "2022-02-25", "REVOKED", "2023-01-01");
        long seq = registry.publish("PARTY_CREATED", director, withLinks(person,
                "[{\"type\":\"DIRECTOR_OF\",\"direction\":\"OUTGOING\",\"partyId\":\"" + hit + "\"}]"));

        Eventually.within(Duration.ofSeconds(5), () -> assertThat(links("Orlovskaya Trading", hit, seq))
                .extracting(l -> l.get("type") + " " + l.get("direction"))
                .containsExactlyInAnyOrder("LINKED_TO OUTGOING", "FAMILY_MEMBER OUTGOING", "OWNS OUTGOING",
                        "DIRECTOR_OF INCOMING")); // the ended ACTS_FOR is absent, the INCOMING OWNS is an owner
        ValidatableResponse answer = screen("Orlovskaya Trading");
        String match = "matches.find { it.partyId == '" + hit + "' }";
        answer.body(match + ".owners.partyId", contains(TestParties.PUTIN))
                .body(match + ".linksTruncated", equalTo(false))
                .body(match + ".links[0].partyId", equalTo(TestParties.LAM)); // listed first
        String lam = match + ".links.find { it.type == 'LINKED_TO' }";
        answer.body(lam + ".name", equalTo("LAM, Carrie")).body(lam + ".listed", equalTo(true))
                .body(lam + ".measures.program", contains("HK-EO13936"));
        String family = match + ".links.find { it.type == 'FAMILY_MEMBER' }";
        answer.body(family + ".partyId", nullValue()).body(family + ".name", equalTo("PETROV, Ivan"))
                .body(family + ".listed", equalTo(false)).body(family + ".measures", empty());
        String owns = match + ".links.find { it.type == 'OWNS' }";
        answer.body(owns + ".partyId", equalTo(subsidiary)).body(owns + ".name", equalTo("KRASNOVETSK PORT SERVICES LLC"))
                .body(owns + ".share", equalTo(75))
                // its own listing was revoked, but 75% owned by a listed company it is blocked through its owner
                .body(owns + ".listed", equalTo(true)).body(owns + ".measures.derived", everyItem(equalTo(true)));
        String directs = match + ".links.find { it.type == 'DIRECTOR_OF' }";
        answer.body(directs + ".partyId", equalTo(director)).body(directs + ".name", equalTo("BELOZERSKY, Arkady"))
                .body(directs + ".listed", equalTo(false)); // his only measure was revoked

        // the other side of the same link: the hit on LAM shows who is linked to her
        String hers = "matches.find { it.partyId == '" + TestParties.LAM + "' }.links.find { it.partyId == '" + hit
                + "' }";
        screen("Lam Carrie").body(hers + ".type", equalTo("LINKED_TO")).body(hers + ".direction", equalTo("INCOMING"))
                .body(hers + ".name", equalTo("ORLOVSKAYA TRADING LLC")).body(hers + ".listed", equalTo(true));

        // the director drops his link: it leaves the hit
        long later = registry.publish("PARTY_UPDATED", director, person);
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(links("Orlovskaya Trading", hit, later))
                .extracting(l -> l.get("type")).doesNotContain("DIRECTOR_OF").hasSize(3));
    }

    @Test
    void aLongLinkListIsCutWithListedPartiesFirst() {
        String hit = UUID.randomUUID().toString();
        String named = IntStream.range(0, 60).mapToObj(i -> "{\"type\":\"LINKED_TO\",\"direction\":\"OUTGOING\","
                + "\"target\":{\"name\":\"FRONT COMPANY " + i + "\"}},").collect(Collectors.joining());
        long seq = FakeRegistry.get().publish("PARTY_CREATED", hit, organisation(hit, "TSVETOGORSK SHIPPING LLC",
                "ACTIVE", "[" + named + "{\"type\":\"LINKED_TO\",\"direction\":\"OUTGOING\",\"partyId\":\""
                        + TestParties.LEE + "\"}]"));

        Eventually.within(Duration.ofSeconds(5), () -> assertThat(links("Tsvetogorsk Shipping", hit, seq))
                .hasSize(50));
        String match = "matches.find { it.partyId == '" + hit + "' }";
        screen("Tsvetogorsk Shipping").body(match + ".links", hasSize(50))
                .body(match + ".linksTruncated", equalTo(true))
                .body(match + ".links[0].partyId", equalTo(TestParties.LEE))
                .body(match + ".links[1].name", equalTo("FRONT COMPANY 0"));
    }

    /** The links of the hit in an answer that includes the feed up to seq. */
    private static List<Map<String, Object>> links(String name, String hit, long seq) {
        var answer = screen(name).extract().jsonPath();
        assertThat(answer.getLong("listVersion")).isGreaterThanOrEqualTo(seq);
        return answer.getList("matches.find { it.partyId == '" + hit + "' }.links");
    }

    private static ValidatableResponse screen(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}").post("/api/v1/screenings")
                .then().statusCode(200);
    }

    private static String organisation(String id, String name, String status, String links) {
        return withLinks(TestParties.person(id, name, "[]", "1999", "RUSSIA-EO14024", "2023-05-19", status,
                        "REVOKED".equals(status) ? "2024-01-01" : null)
                .replace("\"kind\":\"PERSON\"", "\"kind\":\"ORGANIZATION\"").replace(
                        "\"birthDates\":[{\"date\":\"1999\"}]", "\"birthDates\":[]"), links);
    }

    private static String withLinks(String party, String links) {
        return party.substring(0, party.length() - 1) + ",\"relationships\":" + links + "}";
    }
}
