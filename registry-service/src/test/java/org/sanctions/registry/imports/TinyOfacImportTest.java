package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.sanctions.registry.TestData.addMeasure;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.createProgram;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.program;
import static org.sanctions.registry.TestData.unique;
import static org.sanctions.registry.TestData.write;
import static org.sanctions.registry.imports.Imports.data;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctions.registry.DbCounts;
import org.sanctions.registry.common.Roles;

/** The tiny real OFAC set (17 SDN rows with their aliases, addresses and comments) through the import API. */
@QuarkusTest
@TestProfile(TinyOfacImportTest.Profile.class)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class TinyOfacImportTest {

    /**
     * Its own database: over the other tests' SDN imports, this 17-entry file would delist most of the list, and the
     * import would rightly wait for approval (ReviewedImportTest).
     */
    public static class Profile extends OwnDatabase {
        public Profile() {
            super("sanctions_tiny_ofac");
        }
    }

    private static final String DIR = "ofac_sdn_tiny/";

    @Inject
    DbCounts db;

    @TempDir
    Path dir;

    static Path[] tinySet() {
        return new Path[] {data(DIR + "sdn.csv"), data(DIR + "alt.csv"), data(DIR + "add.csv"),
            data(DIR + "sdn_comments.csv")};
    }

    @Test
    void importsTheSetAndServesItsPartiesWithTheirSourceReferences() {
        JsonPath job = Imports.succeed("OFAC tiny sample", tinySet());
        assertThat(job.getString("format")).isEqualTo("OFAC_SDN_CSV");
        assertThat(job.getInt("progress.entries")).isEqualTo(17);
        assertThat(job.getLong("progress.added") + job.getLong("progress.updated") + job.getLong("progress.unchanged"))
                .isEqualTo(17);
        // the set is not referentially closed: aliases and addresses of ent_nums missing from sdn.csv are rejected rows
        assertThat(job.getList("rejects.file")).contains("alt.csv", "add.csv");
        assertThat(job.getList("rejects.line", Integer.class)).allMatch(line -> line > 0);
        assertThat(job.getList("files.sha256")).contains(
                "3fbc56312213c443b233ee6a0d2931561832d55f13a9748405d8fae9b0985c73");

        given().get("/api/v1/parties?source=US-OFAC/SDN/10278").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("PERSON"))
                .body("items[0].names[0].fullName", equalTo("LOGAN MOREY, Elvis Angus"))
                .body("items[0].names.fullName", hasItem("BURTON BURGESS"))
                .body("items[0].birthDates[0].date", equalTo("1963-07-28"))
                .body("items[0].sources[0].authority", equalTo("US-OFAC"))
                .body("items[0].sources[0].list", equalTo("SDN"))
                .body("items[0].sources[0].sourceId", equalTo("10278"))
                .body("items[0].measures.findAll { it.status == 'ACTIVE' }.program", hasItem("SDNT"))
                .body("items[0].measures.findAll { it.program == 'SDNT' }.type", everyItem(equalTo("ASSET_FREEZE")));
        given().get("/api/v1/parties?source=US-OFAC/SDN/11195").then().statusCode(200)
                .body("items[0].kind", equalTo("ORGANIZATION"))
                .body("items[0].measures.program", hasItems("NPWMD", "IFSR", "IRAN-CON-ARMS-EO"));
        given().get("/api/v1/programs/IFSR").then().statusCode(200).body("authority", equalTo("US-OFAC"));

        String id = given().get("/api/v1/parties?source=US-OFAC/SDN/10278").then().extract().path("items[0].id");
        JsonPath history = given().get("/api/v1/parties/" + id + "/history").then().statusCode(200).extract()
                .jsonPath();
        assertThat(history.getString("[-1].actor.username")).isEqualTo("editor");
        assertThat(history.getString("[-1].reason")).startsWith("OFAC tiny sample [import ")
                .contains("sdn.csv sha256 3fbc56312213c443b233ee6a0d2931561832d55f13a9748405d8fae9b0985c73");
    }

    @Test
    void neverTouchesPartiesNoImportWrote() {
        Map<String, Object> curated = person("HO, Hand Curated");
        curated.put("sources", List.of());
        String curatedId = createParty(curated);
        Map<String, Object> stateListed = person("TSE, Listed By State");
        stateListed.put("sources", List.of(Map.of("authority", "US-STATE", "list", "RATA", "sourceId", unique("S"))));
        String stateId = createParty(stateListed);
        String sdnRefId = createParty(person("YIP, Entered Ahead Of The File")); // an SDN reference no file has

        Imports.succeed("OFAC tiny sample", tinySet());

        for (String id : List.of(curatedId, stateId, sdnRefId)) {
            given().get("/api/v1/parties/" + id).then().body("version", equalTo(1)).body("measures.size()", equalTo(0));
        }
    }

    @Test
    void appliesNothingWhenAWriteFailsHalfway() throws IOException {
        String retired = createProgram();
        write().header("If-Match", "\"1\"").body(withRetiredOn(program(retired))).put("/api/v1/programs/" + retired)
                .then().statusCode(200);
        // tiny rows under new ent_nums, then one more (applied last: entries go in ent_num order) under the retired program
        StringBuilder file = new StringBuilder();
        List<String> rows = Files.readAllLines(data(DIR + "sdn.csv"), StandardCharsets.ISO_8859_1);
        for (int i = 0; i < rows.size(); i++) {
            file.append(9_100_000 + i).append(rows.get(i).substring(rows.get(i).indexOf(','))).append("\r\n");
        }
        file.append("9199999,\"NEVER APPLIED\",\"individual\",\"").append(retired)
                .append("\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        Path crafted = Files.writeString(dir.resolve("sdn.csv"), file, StandardCharsets.ISO_8859_1);
        long parties = db.parties();
        long measures = db.count("select count(*) from measure");

        JsonPath job = Imports.await(Imports.start(Imports.upload("fails on its last entry", crafted)));

        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("problem.type")).isEqualTo("urn:sanctions:problem:conflict");
        assertThat(job.getString("problem.detail")).contains(retired).contains("retired");
        assertThat(job.getLong("progress.added")).isZero();
        assertThat(db.parties()).isEqualTo(parties);
        assertThat(db.count("select count(*) from measure")).isEqualTo(measures);
        given().get("/api/v1/parties?source=US-OFAC/SDN/9100000").then().body("items.size()", equalTo(0));
    }

    private static Map<String, Object> withRetiredOn(Map<String, Object> program) {
        program.put("retiredOn", "2024-01-01");
        return program;
    }

    @Test
    void revokesOnlyWhatTheImportWroteWhenAnEntryLeavesTheList() throws IOException {
        Imports.succeed("OFAC tiny sample", tinySet());
        String moreno = given().get("/api/v1/parties?source=US-OFAC/SDN/15102").then().extract().path("items[0].id");
        String program = createProgram(); // authority US-OFAC, like the list's own measures
        addMeasure(moreno, measure(program, "VISA_RESTRICTION", "2020-01-01"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<String> rows = Files.readAllLines(data(DIR + "sdn.csv"), StandardCharsets.ISO_8859_1);
        Path newer = Files.writeString(dir.resolve("sdn.csv"), String.join("\r\n", rows.stream()
                .filter(r -> !r.startsWith("15102,")).toList()) + "\r\n", StandardCharsets.ISO_8859_1);

        JsonPath job = Imports.succeed(Imports.upload("OFAC tiny sample without MORENO", newer,
                data(DIR + "alt.csv"), data(DIR + "add.csv"), data(DIR + "sdn_comments.csv")).multiPart("listDate", today));

        assertThat(job.getLong("progress.revoked")).isEqualTo(1);
        given().get("/api/v1/parties/" + moreno).then()
                .body("measures.find { it.program == 'SDNTK' }.status", equalTo("REVOKED"))
                .body("measures.find { it.program == 'SDNTK' }.statusReason",
                        equalTo("removed from US-OFAC SDN on " + today))
                .body("measures.find { it.program == '" + program + "' }.status", equalTo("ACTIVE"));
    }

    @Test
    void reimportingTheSameSetChangesNothing() {
        JsonPath first = Imports.succeed("OFAC tiny sample", tinySet());
        long parties = db.parties();
        long partyEvents = db.count("select count(*) from audit_event where entity_type = 'PARTY'");
        long events = db.allEvents();
        JsonPath again = Imports.succeed("OFAC tiny sample, again", tinySet());
        assertThat(again.getLong("progress.unchanged")).isEqualTo(17);
        assertThat(again.getLong("progress.added") + again.getLong("progress.updated")
                + again.getLong("progress.revoked")).isZero();
        assertThat(again.getLong("progress.rejected")).isEqualTo(first.getLong("progress.rejected"));
        assertThat(db.parties()).isEqualTo(parties);
        assertThat(db.count("select count(*) from audit_event where entity_type = 'PARTY'")).isEqualTo(partyEvents);
        // the only record of the second import is that it was applied (which file, when): the list state screening saw
        assertThat(db.allEvents()).isEqualTo(events + 1);
        assertThat(db.count("select count(*) from audit_event where entity_type = 'IMPORT' and action = 'IMPORT_APPLIED'"
                + " and entity_id = ?", again.getString("id"))).isEqualTo(1);
    }
}
