package org.sanctions.registry.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.TestData.addMeasure;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.createProgram;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.unique;
import static org.sanctions.registry.TestData.write;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.testkit.PostgresResource;

/** Filters select exactly the matching parties; keyset pages cover everything once, even while rows are added. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = "registry-editor")
class PartyListTest {

    @Test
    void filtersByNameKindNationalityAndMeasures() {
        String tag = unique("Zq");
        String ofac = createProgram();
        String state = createProgram();
        String person = createParty(person("LEE, " + tag + " Person"));
        Map<String, Object> vesselBody = person("MV " + tag + " Vessel");
        vesselBody.put("kind", "VESSEL");
        vesselBody.remove("gender");
        vesselBody.put("nationalities", List.of());
        vesselBody.put("citizenships", List.of("CN"));
        String vessel = createParty(vesselBody);
        String revoked = createParty(person("LAM, " + tag + " Revoked"));
        addMeasure(person, measure(ofac, "ASSET_FREEZE", "2020-08-07"));
        Map<String, Object> visa = measure(state, "VISA_RESTRICTION", "2025-03-31");
        visa.put("authority", "US-STATE");
        addMeasure(vessel, visa);
        String ended = addMeasure(revoked, measure(ofac, "ASSET_FREEZE", "2021-01-15"));
        write().body(Map.of("date", "2023-06-30", "reason", "Delisted"))
                .post("/api/v1/parties/" + revoked + "/measures/" + ended + "/revoke").then().statusCode(200);

        String name = "name=" + tag.toLowerCase();
        assertThat(ids(name)).containsExactly(person, vessel, revoked);
        assertThat(ids(name + "&kind=VESSEL")).containsExactly(vessel);
        assertThat(ids(name + "&nationality=HK")).containsExactly(person, revoked);
        assertThat(ids(name + "&nationality=CN")).containsExactly(vessel);
        assertThat(ids(name + "&program=" + ofac)).containsExactly(person, revoked);
        assertThat(ids(name + "&authority=US-STATE")).containsExactly(vessel);
        assertThat(ids(name + "&measureType=VISA_RESTRICTION")).containsExactly(vessel);
        assertThat(ids(name + "&status=REVOKED")).containsExactly(revoked);
        assertThat(ids(name + "&status=ACTIVE&program=" + ofac)).containsExactly(person);
        assertThat(ids(name + "&listedFrom=2021-01-01&listedTo=2021-12-31")).containsExactly(revoked);
        assertThat(ids(name + "&activeOn=2022-01-01")).containsExactly(person, revoked);
        assertThat(ids(name + "&activeOn=2024-01-01")).containsExactly(person);
        assertThat(ids(name + "&activeOn=2025-04-01")).containsExactly(person, vessel);
        assertThat(ids("name=" + tag.toUpperCase() + " vessel")).containsExactly(vessel);
        assertThat(ids("name=%" + tag)).isEmpty();
    }

    @Test
    void findsThePartyOfASourceEntry() {
        Map<String, Object> body = person("SOURCE, Entry");
        String id = createParty(body);
        @SuppressWarnings("unchecked")
        Map<String, Object> source = ((List<Map<String, Object>>) body.get("sources")).get(0);
        assertThat(ids("source=US-OFAC/SDN/" + source.get("sourceId"))).containsExactly(id);
        assertThat(ids("source=US-OFAC/SDN/no-such-entry")).isEmpty();
        given().get("/api/v1/parties?source=US-OFAC").then().statusCode(400);
    }

    @Test
    void pagesThroughAllMatchesOnceWhileRowsAreAdded() {
        String tag = unique("Pg");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(createParty(person("PAGE, " + tag + " " + i)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = given().get("/api/v1/parties?limit=3&name=" + tag + (cursor == null ? "" : "&cursor=" + cursor));
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            if (pages++ == 0) {
                created.add(createParty(person("PAGE, " + tag + " late")));
            }
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);
    }

    private static List<String> ids(String query) {
        return given().get("/api/v1/parties?limit=100&" + query).then().statusCode(200).extract().path("items.id");
    }
}
