package org.sanctions.registry.relationship;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.write;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.importer.TestData;
import org.sanctions.registry.imports.Imports;
import org.sanctions.registry.imports.OwnDatabase;

/**
 * Links between parties through the API, filled by a real FtM import (the ZALA cluster: 14 Ownership, 4 Family,
 * 3 Directorship entities): both directions, provenance, a hand-added link that survives a re-import which changes
 * the list's own link, history and feed, and bad input that changes nothing.
 */
@QuarkusTest
@TestProfile(RelationshipTest.Profile.class)
@TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.FEED_READER})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RelationshipTest {

    /** Its own database: the figures of the import are exact only without other FtM imports. */
    public static class Profile extends OwnDatabase {
        public Profile() {
            super("sanctions_relationships");
        }
    }

    private static final String ZALA = "opensanctions_ftm/zala/entities.ftm.json";
    private static final String KALASHNIKOV = "OPENSANCTIONS/FTM/NK-nR5AXM9AVPq4pQaSPSaVam";
    private static final String CST = "OPENSANCTIONS/FTM/NK-abdzbEBkqyT29GyREbiURZ";

    @TempDir
    Path dir;

    @Test
    @Order(1)
    void importsTheFtmLinksAndServesThemBothWaysWithTheirSource() {
        JsonPath job = Imports.succeed("ZALA cluster", TestData.path(ZALA));
        assertThat(job.getLong("progress.links")).isEqualTo(21);
        assertThat(job.getLong("progress.linksUnresolved")).isEqualTo(3);
        assertThat(job.getLong("progress.linksAdded")).isEqualTo(21);
        String kalashnikov = party(KALASHNIKOV);
        String cst = party(CST);

        JsonPath owner = links(kalashnikov);
        Map<String, Object> owns = only(owner.getList("outgoing"), cst, "49");
        assertThat(owns.get("type")).isEqualTo("OWNS");
        assertThat(owns.get("name")).isEqualTo("LLC CST");
        assertThat(owns.get("resolved")).isEqualTo(true);
        assertThat(owns.get("startDate")).isEqualTo("2016-03-29");
        assertThat((List<?>) owns.get("sources")).singleElement().satisfies(s -> {
            assertThat(((Map<?, ?>) s).get("kind")).isEqualTo("LIST");
            assertThat(((Map<?, ?>) s).get("asserter")).isEqualTo("OPENSANCTIONS/FTM");
            assertThat(((Map<?, ?>) s).get("fileSha256")).asString().contains(
                    "3f718f1328ae368d90b981a13be0d5dd7c50d99ae6531a95ae0bc79588c43be6");
        });
        // the same link seen from the company that is owned
        Map<String, Object> owned = only(links(cst).getList("incoming"), kalashnikov, "49");
        assertThat(owned.get("assertedBy")).isEqualTo(kalashnikov);
        assertThat(owned.get("name")).isEqualTo("JSC Kalashnikov Concern");
        // an owned company that is no subject of the file: kept as published, unresolved
        List<Map<String, Object>> unresolved = links(party("OPENSANCTIONS/FTM/NK-aU5ybkbRFJucf8YMwsJvDw"))
                .getList("outgoing");
        assertThat(unresolved).filteredOn(l -> Boolean.FALSE.equals(l.get("resolved"))).hasSize(3)
                .allSatisfy(l -> assertThat(l.get("name")).isNotNull());
    }

    @Test
    @Order(2)
    void keepsAHandAddedLinkWhenAReimportReplacesTheListsOwn() throws IOException {
        String kalashnikov = party(KALASHNIKOV);
        String investor = createParty(person("INVESTOR, Hand Added"));
        String version = given().get("/api/v1/parties/" + kalashnikov).then().extract().header("ETag");
        JsonPath added = write().header("If-Match", version).body(Map.of("type", "OWNS", "direction", "INCOMING",
                        "partyId", investor, "share", 30, "remarks", "KYC file"))
                .post("/api/v1/parties/" + kalashnikov + "/relationships").then().statusCode(201)
                .extract().jsonPath();
        Map<String, Object> hand = only(added.getList("incoming"), investor, "30");
        assertThat((List<?>) hand.get("sources")).singleElement()
                .satisfies(s -> assertThat(((Map<?, ?>) s).get("kind")).isEqualTo("PERSON"));
        only(links(investor).getList("outgoing"), kalashnikov, "30"); // and from the investor's side

        // history and feed carry the change
        List<Map<String, Object>> history = given().get("/api/v1/parties/" + kalashnikov + "/history").then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> last = history.get(history.size() - 1);
        assertThat((List<?>) last.get("diff")).anySatisfy(d -> assertThat((String) ((Map<?, ?>) d).get("path"))
                .startsWith("/relationships"));
        int seq = (Integer) last.get("seq");
        given().get("/api/v1/changes?after=" + (seq - 1) + "&limit=1").then().statusCode(200)
                .body("events[0].party.id", equalTo(kalashnikov))
                .body("events[0].party.relationships.partyId", hasItem(investor));

        // the list now says 45 where it said 49: its link is replaced, the editor's stays
        Path changed = dir.resolve("entities.ftm.json");
        String text = Files.readString(TestData.path(ZALA), StandardCharsets.UTF_8);
        assertThat(text).contains("\"percentage\": [\"49\"]");
        Files.writeString(changed, text.replace("\"percentage\": [\"49\"]", "\"percentage\": [\"45\"]"),
                StandardCharsets.UTF_8);
        JsonPath job = Imports.succeed("ZALA cluster, corrected", changed);
        assertThat(job.getLong("progress.updated")).isEqualTo(1);
        assertThat(job.getLong("progress.linksAdded")).isEqualTo(1);
        assertThat(job.getLong("progress.linksRemoved")).isEqualTo(1);
        JsonPath after = links(kalashnikov);
        only(after.getList("incoming"), investor, "30");
        only(after.getList("outgoing"), party(CST), "45");
        assertThat(after.getList("outgoing", Map.class)).noneMatch(l -> "49".equals(String.valueOf(l.get("share"))));

        // removed by key, and gone from both sides
        String key = (String) only(after.getList("incoming"), investor, "30").get("key");
        String etag = given().get("/api/v1/parties/" + kalashnikov).then().extract().header("ETag");
        write().header("If-Match", etag).delete("/api/v1/parties/" + kalashnikov + "/relationships/" + key).then()
                .statusCode(200);
        assertThat(links(investor).getList("outgoing")).isEmpty();
    }

    @Test
    @Order(3)
    void refusesBadLinksWithAProblemAndChangesNothing() {
        String owner = createParty(person("OWNER, Careful"));
        String other = createParty(person("OTHER, Party"));
        List<Map<String, Object>> bad = List.of(
                Map.of("type", "OWNS", "partyId", other, "share", 150),
                Map.of("type", "SPOUSE", "partyId", other),
                Map.of("type", "OWNS", "partyId", "00000000-0000-4000-8000-000000000000", "share", 10),
                Map.of("type", "CONTROLS"),
                Map.of("type", "CONTROLS", "partyId", owner));
        for (Map<String, Object> link : bad) {
            write().header("If-Match", "\"1\"").body(link).post("/api/v1/parties/" + owner + "/relationships").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        write().header("If-Match", "\"1\"").body(Map.of("type", "OWNS", "partyId", other))
                .post("/api/v1/parties/" + owner + "/relationships").then().statusCode(201);
        write().header("If-Match", "\"1\"").body(Map.of("type", "CONTROLS", "partyId", other))
                .post("/api/v1/parties/" + owner + "/relationships").then().statusCode(412);
        write().body(Map.of("type", "CONTROLS", "partyId", other))
                .post("/api/v1/parties/" + owner + "/relationships").then().statusCode(428);
        JsonPath links = links(owner);
        assertThat(links.getLong("version")).isEqualTo(2);
        assertThat(links.getList("outgoing")).hasSize(1);
    }

    private static JsonPath links(String id) {
        return given().get("/api/v1/parties/" + id + "/relationships").then().statusCode(200).extract().jsonPath();
    }

    private static String party(String source) {
        return given().get("/api/v1/parties?source=" + source).then().statusCode(200).body("items.size()", equalTo(1))
                .extract().path("items[0].id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> only(List<Object> links, String other, String share) {
        List<Map<String, Object>> found = links.stream().map(l -> (Map<String, Object>) l)
                .filter(l -> other.equals(l.get("partyId")) && share.equals(String.valueOf(l.get("share")))).toList();
        assertThat(found).as("links to %s with share %s in %s", other, share, links).hasSize(1);
        return found.get(0);
    }
}
