package org.sanctions.lookup.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.index.FakeRegistry;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.PostgresResource;

/**
 * A hit on a company names who owns or controls it (issue 17, item 3), from links stated by either side: the
 * company's own INCOMING links, its owner's OUTGOING ones, and an owner the list only names. A link that is dropped
 * or ends leaves the answer; the owner's measures in force say whether it is listed.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "bank-demo", roles = "screening-client")
class MatchOwnersTest {

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void aHitOnACompanyShowsItsOwnersAndControllersFromEitherSide() {
        FakeRegistry registry = FakeRegistry.get();
        String company = UUID.randomUUID().toString();
        String controller = UUID.randomUUID().toString();
        registry.publish("PARTY_CREATED", company, organisation(company, "ZARYAVINSK HOLDING LLC",
                "[{\"type\":\"OWNS\",\"direction\":\"INCOMING\",\"partyId\":\"" + TestParties.PUTIN + "\",\"share\":60},"
                        + "{\"type\":\"OWNS\",\"direction\":\"INCOMING\",\"target\":{\"name\":\"KALINOVKA TRUST\"},"
                        + "\"shareMin\":10,\"shareMax\":25},"
                        + "{\"type\":\"LINKED_TO\",\"direction\":\"OUTGOING\",\"partyId\":\"" + TestParties.LAM + "\"},"
                        + "{\"type\":\"OWNS\",\"direction\":\"INCOMING\",\"partyId\":\"" + TestParties.LEE + "\","
                        + "\"share\":5,\"endDate\":\"2020-01-01\"}]"));
        String person = TestParties.person(controller, "VORONTSEVA, Ilona", "[]", "1971", "RUSSIA-EO14024",
                "2022-02-25", "REVOKED", "2023-01-01");
        long seq = registry.publish("PARTY_CREATED", controller, withLinks(person,
                "[{\"type\":\"CONTROLS\",\"direction\":\"OUTGOING\",\"partyId\":\"" + company + "\"}]"));

        Eventually.within(Duration.ofSeconds(5), () -> assertThat(owners(company, seq))
                .extracting(o -> o.get("relationship")).containsExactlyInAnyOrder("OWNS", "OWNS", "CONTROLS"));
        ValidatableResponse answer = screen("Zaryavinsk Holding");
        String putin = "matches.find { it.partyId == '" + company + "' }.owners.find { it.partyId == '"
                + TestParties.PUTIN + "' }";
        answer.body(putin + ".name", equalTo("PUTIN, Vladimir Vladimirovich"))
                .body(putin + ".share", equalTo(60))
                .body(putin + ".listed", equalTo(true))
                .body(putin + ".measures.program", contains("RUSSIA-EO14024"));
        String trust = "matches.find { it.partyId == '" + company + "' }.owners.find { it.name == 'KALINOVKA TRUST' }";
        answer.body(trust + ".partyId", nullValue()).body(trust + ".listed", equalTo(false))
                .body(trust + ".shareMin", equalTo(10)).body(trust + ".shareMax", equalTo(25));
        String ilona = "matches.find { it.partyId == '" + company + "' }.owners.find { it.partyId == '" + controller
                + "' }";
        answer.body(ilona + ".relationship", equalTo("CONTROLS"))
                .body(ilona + ".listed", equalTo(false)) // her only measure was revoked
                .body(ilona + ".measures", empty());

        // the company drops its links: only the one its controller states is left
        long later = registry.publish("PARTY_UPDATED", company, organisation(company, "ZARYAVINSK HOLDING LLC", "[]"));
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(owners(company, later))
                .extracting(o -> o.get("partyId")).containsExactly(controller));
        // and the controller drops hers: nobody is left
        long last = registry.publish("PARTY_UPDATED", controller, person);
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(owners(company, last)).isEmpty());
    }

    /** The owners of the company in an answer that includes the feed up to seq. */
    private static List<Map<String, Object>> owners(String company, long seq) {
        var answer = screen("Zaryavinsk Holding").extract().jsonPath();
        assertThat(answer.getLong("listVersion")).isGreaterThanOrEqualTo(seq);
        return answer.getList("matches.find { it.partyId == '" + company + "' }.owners");
    }

    private static ValidatableResponse screen(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}").post("/api/v1/screenings")
                .then().statusCode(200);
    }

    private static String organisation(String id, String name, String links) {
        return withLinks(TestParties.person(id, name, "[]", "1999", "RUSSIA-EO14024", "2023-05-19", "ACTIVE", null)
                .replace("\"kind\":\"PERSON\"", "\"kind\":\"ORGANIZATION\"").replace(
                        "\"birthDates\":[{\"date\":\"1999\"}]", "\"birthDates\":[]"), links);
    }

    private static String withLinks(String party, String links) {
        return party.substring(0, party.length() - 1) + ",\"relationships\":" + links + "}";
    }
}
