package org.sanctions.registry.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.name;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.unique;
import static org.sanctions.registry.TestData.write;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.testkit.PostgresResource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = "registry-editor")
class PartyResourceTest {

    @Test
    void createsAndReadsPartyWithPartialDatesAndOriginalScripts() {
        Map<String, Object> body = person("SIU, Chak Yee");
        body.put("names", List.of(name("SIU, Chak Yee", "PRIMARY"),
                Map.of("fullName", "蕭澤頤", "type", "AKA", "script", "Hant", "language", "zh-Hant")));
        body.put("birthDates", List.of(Map.of("date", "1957"), Map.of("date", "1957-12", "circa", true),
                Map.of("from", "1952-12-01", "to", "1952-12-31")));
        body.put("addresses", List.of(Map.of("city", "Hong Kong", "country", "HK")));
        String location = write().body(body).post("/api/v1/parties").then().statusCode(201)
                .header("ETag", "\"1\"").header("Location", org.hamcrest.Matchers.containsString("/api/v1/parties/"))
                .body("version", equalTo(1)).body("measures.size()", equalTo(0))
                .extract().header("Location");
        given().get(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("kind", equalTo("PERSON"))
                .body("names.fullName", contains("SIU, Chak Yee", "蕭澤頤"))
                .body("names[1].script", equalTo("Hant"))
                .body("birthDates[0].date", equalTo("1957"))
                .body("birthDates[1].circa", equalTo(true))
                .body("birthDates[2].from", equalTo("1952-12-01"))
                .body("nationalities", contains("HK"))
                .body("addresses[0].city", equalTo("Hong Kong"))
                .body("sources[0].authority", equalTo("US-OFAC"));
    }

    @Test
    void replacesPartyWithIfMatch() {
        String id = createParty(person("TANG, Chris"));
        Map<String, Object> body = person("TANG, Chris");
        body.put("positions", List.of("Commissioner of Police"));
        write().header("If-Match", "\"1\"").body(body).put("/api/v1/parties/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("positions", contains("Commissioner of Police"));
    }

    @Test
    void acceptsBackWhatItReturned() {
        String id = createParty(person("CHENG, Teresa"));
        Map<String, Object> read = given().get("/api/v1/parties/" + id).then().extract().as(Map.class);
        read.put("remarks", "Secretary for Justice.");
        write().header("If-Match", "\"1\"").body(read).put("/api/v1/parties/" + id).then().statusCode(200)
                .body("remarks", equalTo("Secretary for Justice.")).body("id", equalTo(id));
    }

    @Test
    void mergePatchChangesOnlyTheNamedFields() {
        String id = createParty(person("LO, Stephen"));
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "correction")
                .header("If-Match", "\"1\"").body("{\"remarks\":\"Former Commissioner\",\"gender\":null}")
                .patch("/api/v1/parties/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("remarks", equalTo("Former Commissioner")).body("gender", nullValue())
                .body("names[0].fullName", equalTo("LO, Stephen")).body("birthDates[0].date", equalTo("1957-12-07"));
    }

    @Test
    void keepsVersionWhenAnUpdateChangesNothing() {
        Map<String, Object> body = person("TSANG, Erick");
        String id = createParty(body);
        write().header("If-Match", "\"1\"").body(body).put("/api/v1/parties/" + id).then().statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void rejectsBlindUpdates() {
        String id = createParty(person("CHAN, Eric"));
        write().body(person("CHAN, Eric")).put("/api/v1/parties/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("urn:sanctions:problem:precondition-required"));
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "x").body("{\"remarks\":\"r\"}")
                .patch("/api/v1/parties/" + id).then().statusCode(428);
        write().header("If-Match", "*").body(person("CHAN, Eric")).put("/api/v1/parties/" + id).then().statusCode(412);
        given().get("/api/v1/parties/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void rejectsUpdateWithStaleVersion() {
        String id = createParty(person("XIA, Baolong"));
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "first")
                .header("If-Match", "\"1\"").body("{\"remarks\":\"first\"}").patch("/api/v1/parties/" + id)
                .then().statusCode(200);
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "second")
                .header("If-Match", "\"1\"").body("{\"remarks\":\"second\"}").patch("/api/v1/parties/" + id)
                .then().statusCode(412).body("type", equalTo("urn:sanctions:problem:precondition-failed"));
        given().get("/api/v1/parties/" + id).then().body("remarks", equalTo("first")).header("ETag", "\"2\"");
    }

    @Test
    void answersNotFoundForUnknownParty() {
        String missing = "/api/v1/parties/00000000-0000-4000-8000-000000000000";
        given().get(missing).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:not-found")).body("instance", equalTo(missing));
        write().header("If-Match", "\"1\"").body(person("X")).put(missing).then().statusCode(404);
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "x").header("If-Match", "\"1\"")
                .body("{}").patch(missing).then().statusCode(404);
        given().get("/api/v1/parties/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesASourceEntryThatBelongsToAnotherParty() {
        Map<String, Object> first = person("ZHENG, Yanxiong");
        createParty(first);
        Map<String, Object> second = person("ZHENG, Yanxiong (copy)");
        second.put("sources", first.get("sources"));
        write().body(second).post("/api/v1/parties").then().statusCode(409)
                .body("type", equalTo("urn:sanctions:problem:conflict"));
        given().get("/api/v1/parties?name=" + "(copy)").then().body("items.size()", equalTo(0));
    }

    @Test
    void findsPartyBySourceEntryForImporters() {
        Map<String, Object> body = person(unique("LUO, Huining"));
        String id = createParty(body);
        @SuppressWarnings("unchecked")
        String sourceId = (String) ((List<Map<String, Object>>) body.get("sources")).get(0).get("sourceId");
        PartyQueries queries = io.quarkus.arc.Arc.container().instance(PartyQueries.class).get();
        assertThat(queries.findBySource("US-OFAC", "SDN", sourceId)).get().extracting(p -> p.id().toString()).isEqualTo(id);
        assertThat(queries.findBySource("US-OFAC", "SDN", "nope")).isEmpty();
    }
}
