package org.sanctions.registry.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctions.registry.DbCounts;
import org.sanctions.registry.TestData;
import org.sanctions.testkit.PostgresResource;

/** Every kind of bad input is a 400 (or 413) problem naming what is wrong, and changes nothing. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = "registry-editor")
class PartyValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for the JSON escape of a lone high surrogate, which a Java JSON writer would never emit itself. */
    private static final String LONE_SURROGATE = "__LONE_SURROGATE__";

    @Inject
    DbCounts counts;

    static Stream<Arguments> invalidParties() {
        return Stream.of(
                invalid("unknown country code", "nationalities[0]", p -> p.put("nationalities", List.of("XX"))),
                invalid("lower-case country code", "citizenships[0]", p -> p.put("citizenships", List.of("hk"))),
                invalid("unknown issuing country", "identifiers[0].country",
                        p -> p.put("identifiers", List.of(Map.of("type", "PASSPORT", "number", "K1", "country", "ZZ")))),
                invalid("impossible day", "birthDates[0].date", p -> p.put("birthDates", List.of(Map.of("date", "1957-02-30")))),
                invalid("impossible month", "birthDates[0].date", p -> p.put("birthDates", List.of(Map.of("date", "1957-13")))),
                invalid("future birth year", "birthDates[0].date", p -> p.put("birthDates", List.of(Map.of("date", "2999")))),
                invalid("reversed range", "birthDates[0].to",
                        p -> p.put("birthDates", List.of(Map.of("from", "1960", "to", "1950")))),
                invalid("date and range", "birthDates[0].date",
                        p -> p.put("birthDates", List.of(Map.of("date", "1957", "from", "1955", "to", "1958")))),
                invalid("unknown kind", "kind", p -> p.put("kind", "ALIEN")),
                invalid("unknown name type", "names[0].type",
                        p -> p.put("names", List.of(Map.of("fullName", "A", "type", "NICKNAME")))),
                invalid("unknown identifier type", "identifiers[0].type",
                        p -> p.put("identifiers", List.of(Map.of("type", "DRIVING", "number", "1")))),
                invalid("empty name", "names[0].fullName", p -> p.put("names", List.of(Map.of("fullName", "", "type", "PRIMARY")))),
                invalid("no names", "names", p -> p.put("names", List.of())),
                invalid("no primary name", "names", p -> p.put("names", List.of(Map.of("fullName", "A", "type", "AKA")))),
                invalid("two primary names", "names", p -> p.put("names",
                        List.of(Map.of("fullName", "A", "type", "PRIMARY"), Map.of("fullName", "B", "type", "PRIMARY")))),
                invalid("oversized name", "names[0].fullName",
                        p -> p.put("names", List.of(Map.of("fullName", "x".repeat(501), "type", "PRIMARY")))),
                invalid("oversized remarks", "remarks", p -> p.put("remarks", "x".repeat(4001))),
                invalid("too many positions", "positions", p -> p.put("positions", java.util.Collections.nCopies(51, "p"))),
                invalid("names not a list", "names", p -> p.put("names", "LEE, John")),
                invalid("kind a number", "kind", p -> p.put("kind", 5)),
                invalid("remarks a number", "remarks", p -> p.put("remarks", 42)),
                invalid("circa not a boolean", "birthDates[0].circa",
                        p -> p.put("birthDates", List.of(Map.of("date", "1957", "circa", "yes")))),
                invalid("unknown field", "nickname", p -> p.put("nickname", "Lee")),
                invalid("unpaired surrogate", "names[0].fullName",
                        p -> p.put("names", List.of(Map.of("fullName", "LEE" + LONE_SURROGATE, "type", "PRIMARY")))),
                invalid("NUL character", "names[0].fullName",
                        p -> p.put("names", List.of(Map.of("fullName", "LEE\u0000", "type", "PRIMARY")))),
                invalid("control character", "remarks", p -> p.put("remarks", "bell\u0007")),
                invalid("gender of an organization", "gender", p -> p.put("kind", "ORGANIZATION")),
                invalid("empty address", "addresses[0]", p -> p.put("addresses", List.of(Map.of()))),
                invalid("repeated source entry", "sources[1]", p -> p.put("sources", List.of(
                        Map.of("authority", "US-OFAC", "list", "SDN", "sourceId", "1"),
                        Map.of("authority", "US-OFAC", "list", "SDN", "sourceId", "1")))),
                invalid("script not ISO 15924", "names[0].script",
                        p -> p.put("names", List.of(Map.of("fullName", "A", "type", "PRIMARY", "script", "latin")))),
                invalid("source URL not http", "sources[0].url", p -> p.put("sources", List.of(
                        Map.of("authority", "US-OFAC", "list", "SDN", "sourceId", "2", "url", "javascript:alert(1)")))),
                invalid("missing kind", "kind", p -> p.remove("kind")));
    }

    private static Arguments invalid(String why, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = person("INVALID, Party");
        change.accept(body);
        return Arguments.of(why, field, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidParties")
    void rejectsInvalidPartyAndCreatesNothing(String why, String field, Map<String, Object> body) throws Exception {
        long before = counts.parties();
        long events = counts.allEvents();
        String json = JSON.writeValueAsString(body).replace(LONE_SURROGATE, "\\ud800");
        write().body(json).post("/api/v1/parties").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:validation-error"))
                .body("violations.field", hasItem(field))
                .body(not(containsString("Exception"))).body(not(containsString("org.sanctions")));
        assertThat(counts.parties()).isEqualTo(before);
        assertThat(counts.allEvents()).isEqualTo(events);
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("truncated JSON", "{\"kind\":".getBytes()),
                Arguments.of("not JSON", "hello".getBytes()),
                Arguments.of("an array", "[1,2]".getBytes()),
                Arguments.of("a string", "\"PERSON\"".getBytes()),
                Arguments.of("invalid UTF-8", new byte[] {'{', '"', 'k', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                Arguments.of("duplicate keys", "{\"kind\":\"PERSON\",\"kind\":\"VESSEL\"}".getBytes()),
                Arguments.of("trailing data", "{}{}".getBytes()),
                Arguments.of("empty body", new byte[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void rejectsMalformedBodyAndCreatesNothing(String why, byte[] body) {
        long before = counts.parties();
        write().body(body).post("/api/v1/parties").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", not(containsString("Exception")));
        assertThat(counts.parties()).isEqualTo(before);
    }

    @Test
    void rejectsOversizedBodiesWith413() {
        long before = counts.parties();
        Map<String, Object> body = person("BIG, Body");
        body.put("remarks", "x".repeat(1_100_000));
        write().body(body).post("/api/v1/parties").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:payload-too-large"));
        byte[] chunked = ("{\"kind\":\"PERSON\",\"remarks\":\"" + "y".repeat(1_100_000) + "\"}").getBytes();
        write().body(new ByteArrayInputStream(chunked)).post("/api/v1/parties").then().statusCode(413)
                .contentType("application/problem+json");
        assertThat(counts.parties()).isEqualTo(before);
    }

    @Test
    void requiresAReadableReasonForEveryWrite() {
        long before = counts.parties();
        given().contentType("application/json").body(person("NO, Reason")).post("/api/v1/parties").then().statusCode(400)
                .body("violations[0].field", equalTo("X-Change-Reason"));
        given().contentType("application/json").header("X-Change-Reason", "100%zz").body(person("BAD, Reason"))
                .post("/api/v1/parties").then().statusCode(400).body("violations[0].field", equalTo("X-Change-Reason"));
        given().contentType("application/json").header("X-Change-Reason", "r".repeat(1001)).body(person("LONG, Reason"))
                .post("/api/v1/parties").then().statusCode(400).body("violations[0].field", equalTo("X-Change-Reason"));
        assertThat(counts.parties()).isEqualTo(before);
        given().contentType("application/json").header("X-Change-Reason", "Correcci%C3%B3n").body(person("OK, Reason"))
                .post("/api/v1/parties").then().statusCode(201);
    }

    @Test
    void rejectsInvalidUpdatesAndKeepsTheParty() {
        String id = createParty(person("KEEP, Me"));
        Map<String, Object> bad = person("KEEP, Me");
        bad.put("nationalities", List.of("XX"));
        write().header("If-Match", "\"1\"").body(bad).put("/api/v1/parties/" + id).then().statusCode(400)
                .body("violations.field", hasItem("nationalities[0]"));
        for (String patch : List.of("{\"nationalities\":[\"XX\"]}", "{\"names\":\"x\"}", "{\"nickname\":\"x\"}",
                "[]", "{\"birthDates\":[{\"date\":\"1957-02-30\"}]}", "{\"remarks\":")) {
            given().contentType("application/merge-patch+json").header("X-Change-Reason", "bad").header("If-Match", "\"1\"")
                    .body(patch).patch("/api/v1/parties/" + id).then().statusCode(400).contentType("application/problem+json");
        }
        given().get("/api/v1/parties/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("nationalities[0]", equalTo("HK"));
        assertThat(counts.events(id)).isEqualTo(1);
    }

    @Test
    void rejectsBadQueryParametersWith400() {
        given().get("/api/v1/parties?kind=ALIEN&nationality=XX&listedFrom=2020-02-30&limit=0&cursor=%25%25")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItems("kind", "nationality",
                        "listedFrom", "limit"));
        given().get("/api/v1/parties?cursor=bm90LWEtY3Vyc29y").then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        given().get("/api/v1/parties/" + createParty(person("AS, Of")) + "?asOf=yesterday").then().statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        given().get("/api/v1/programs?includeRetired=maybe").then().statusCode(400);
    }

    @Test
    void keepsTheTextItAccepts() {
        String id = createParty(person("ČAPEK, Karel Ñandú 蕭澤頤 😀"));
        given().get("/api/v1/parties/" + id).then().body("names[0].fullName", equalTo("ČAPEK, Karel Ñandú 蕭澤頤 😀"));
        assertThat(TestData.unique("x")).isNotEmpty();
    }
}
