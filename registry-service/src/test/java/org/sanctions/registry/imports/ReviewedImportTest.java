package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sanctions.registry.TestData.write;
import static org.sanctions.registry.imports.Imports.data;
import static org.sanctions.registry.imports.Imports.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanctions.registry.common.Roles;

/**
 * A list update never silently undoes what a person entered, and never delists at scale without a second person:
 * the 17-entry OFAC sample set, real files edited the way a later publication or a broken download would be, run
 * through the API by two editors (each step is a method, as each runs as one person).
 */
@QuarkusTest
@TestProfile(ReviewedImportTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewedImportTest {

    /** Its own database: the delist shares hold for a registry whose SDN entries all come from these files. */
    public static class Profile extends OwnDatabase {
        public Profile() {
            super("sanctions_reviewed_import");
        }
    }

    private static final String[] SET = {"sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"};
    private static final Path WORK = Path.of("target", "reviewed-import");

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String handParty;
    private static String previewJob;
    private static String truncatedJob;
    private static String staleJob;

    @Test
    @Order(1)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aListImportKeepsTheValuesAnEditorEnteredAheadOfIt() {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("kind", "PERSON");
        party.put("names", List.of(name("Dmitry Khoroshev", "PRIMARY"), name("YURIEVICH, Dmitry", "AKA"),
                name("LockBitSupp", "AKA")));
        party.put("positions", List.of("Entered by hand from a press release"));
        party.put("sources", List.of(Map.of("authority", "US-OFAC", "list", "SDN", "sourceId", "48603")));
        handParty = write().header("X-Change-Reason", "Aliases from the announcement").body(party)
                .post("/api/v1/parties").then().statusCode(201).extract().path("id");

        JsonPath job = Imports.succeed(upload("OFAC sample set", set(Map.of())));
        assertThat(job.getLong("progress.added")).isEqualTo(17);

        JsonPath p = party(handParty);
        assertThat(p.getList("names.fullName", String.class)).contains("KHOROSHEV, Dmitry Yuryevich",
                "Dmitry Khoroshev", "YURIEVICH, Dmitry", "LockBitSupp");
        assertThat(p.getString("names.find { it.type == 'PRIMARY' }.fullName")).isEqualTo("KHOROSHEV, Dmitry Yuryevich");
        assertThat(p.getList("positions", String.class)).contains("Entered by hand from a press release");

        JsonPath provenance = given().get("/api/v1/parties/" + handParty + "/provenance").then().statusCode(200)
                .extract().jsonPath();
        assertThat(asserters(provenance, "LockBitSupp")).containsExactly("PERSON editor");
        assertThat(asserters(provenance, "YURIEVICH, Dmitry")).containsExactlyInAnyOrder("PERSON editor",
                "LIST US-OFAC/SDN");
        assertThat(asserters(provenance, "KHOROSHEV, Dmitry Yuryevich")).containsExactly("LIST US-OFAC/SDN");
        assertThat(provenance.getString("find { it.value.fullName == 'KHOROSHEV, Dmitry Yuryevich' }.assertedBy[0]"
                + ".importId")).isEqualTo(job.getString("id"));
        assertThat(provenance.getString("find { it.value.fullName == 'KHOROSHEV, Dmitry Yuryevich' }.assertedBy[0]"
                + ".fileSha256")).contains(job.getString("files[0].sha256"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aPreviewChangesNothingAndShowsWhatStaysAndTheStarterCannotApproveIt() {
        long version = party(handParty).getLong("version");
        // the next publication drops the alias YURIEVICH, Dmitry (which the editor also entered) and adds one
        Path[] next = set(Map.of("alt.csv", lines -> lines.stream().filter(l -> !l.startsWith("48603,75564,")).toList()));
        appendAlias(next, "11195,99001,\"aka\",\"IRAN AIRCRAFT TEST ALIAS\",-0- ");
        previewJob = Imports.start(upload("OFAC sample set, next publication", next).multiPart("preview", "true"));
        JsonPath job = Imports.await(previewJob);
        assertThat(job.getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(job.getBoolean("preview")).isTrue();
        assertThat(job.getString("note")).contains("preview");
        assertThat(party(handParty).getLong("version")).isEqualTo(version);

        JsonPath delta = given().get("/api/v1/imports/" + previewJob + "/delta").then().statusCode(200).extract()
                .jsonPath();
        assertThat(delta.getLong("added")).isZero();
        assertThat(delta.getLong("delisted")).isZero();
        assertThat(delta.getLong("changed")).isEqualTo(1); // the alias that stays leaves KHOROSHEV unchanged
        assertThat(delta.getLong("retained")).isEqualTo(1);
        assertThat(delta.getString("retainedValues[0].value.fullName")).isEqualTo("YURIEVICH, Dmitry");
        assertThat(delta.getList("retainedValues[0].assertedBy", String.class)).containsExactly("person editor");
        assertThat(delta.getList("changedEntries.source", String.class)).contains("US-OFAC/SDN/11195");
        assertThat(delta.getString("digest")).hasSize(64);

        given().contentType(ContentType.JSON).body(Map.of("reason", "looks right to me")).post("/api/v1/imports/"
                + previewJob + "/approval").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:four-eyes"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "editor2", roles = Roles.EDITOR)
    void aSecondEditorApprovesAndExactlyThePreviewIsApplied() {
        given().contentType(ContentType.JSON).body(Map.of("reason", " ")).post("/api/v1/imports/" + previewJob
                + "/approval").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("reason", "Checked against the recent actions page"))
                .post("/api/v1/imports/" + previewJob + "/approval").then().statusCode(202)
                .body("decision.username", equalTo("editor2"));
        JsonPath job = Imports.await(previewJob);
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("decision.decision")).isEqualTo("APPROVED");

        JsonPath p = party(handParty);
        assertThat(p.getList("names.fullName", String.class)).contains("YURIEVICH, Dmitry", "LockBitSupp");
        JsonPath provenance = given().get("/api/v1/parties/" + handParty + "/provenance").then().statusCode(200)
                .extract().jsonPath();
        assertThat(asserters(provenance, "YURIEVICH, Dmitry")).containsExactly("PERSON editor");
        String changed = given().get("/api/v1/parties?source=US-OFAC/SDN/11195").then().statusCode(200)
                .body("items[0].names.fullName", org.hamcrest.Matchers.hasItem("IRAN AIRCRAFT TEST ALIAS"))
                .extract().path("items[0].id");
        given().get("/api/v1/parties/" + changed + "/history").then().statusCode(200)
                .body(containsString("approved by editor2: Checked against the recent actions page"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aTruncatedFileThatWouldDelistMostOfTheListWaitsAndChangesNothing() {
        long active = activeMeasures();
        // a download cut after three rows: the other 14 entries look delisted
        Path[] truncated = set(Map.of("sdn.csv", lines -> lines.subList(0, 3)));
        truncatedJob = Imports.start(upload("OFAC sample set, broken download", truncated));
        JsonPath job = Imports.await(truncatedJob);
        assertThat(job.getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(job.getBoolean("preview")).isFalse();
        assertThat(job.getString("note")).contains("would delist 14 of the 17");
        assertThat(activeMeasures()).isEqualTo(active);
        JsonPath delta = given().get("/api/v1/imports/" + truncatedJob + "/delta").then().statusCode(200).extract()
                .jsonPath();
        assertThat(delta.getLong("delisted")).isEqualTo(14);
        assertThat(delta.getDouble("delistShare")).isGreaterThan(0.8);
        assertThat(delta.getList("delistedEntries.name", String.class)).contains("KHOROSHEV, Dmitry Yuryevich");

        // the same file as additions only delists nothing and goes through
        JsonPath additions = Imports.succeed(upload("OFAC sample set, additions", truncated).multiPart("mode",
                "ADDITIONS"));
        assertThat(additions.getLong("progress.revoked")).isZero();
        assertThat(activeMeasures()).isEqualTo(active);

        given().multiPart("reason", "x").multiPart("mode", "SOME").multiPart("file", truncated[0].toFile())
                .post("/api/v1/imports").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("mode"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "editor2", roles = Roles.EDITOR)
    void theSecondEditorRejectsItWithAReasonAndItCanNeverBeApplied() {
        long active = activeMeasures();
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/imports/" + truncatedJob + "/rejection")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Truncated download: 3 of 17 rows"))
                .post("/api/v1/imports/" + truncatedJob + "/rejection").then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("decision.decision", equalTo("REJECTED"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "changed my mind"))
                .post("/api/v1/imports/" + truncatedJob + "/approval").then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(activeMeasures()).isEqualTo(active);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aPreviewOverTakenByAnEditIsNotAppliedButPreviewedAgain() {
        Path[] next = set(Map.of());
        appendAlias(next, "12685,99002,\"aka\",\"GICDF TEST ALIAS\",-0- ");
        staleJob = Imports.start(upload("OFAC sample set with one more alias", next).multiPart("preview", "true"));
        assertThat(Imports.await(staleJob).getString("state")).isEqualTo("AWAITING_APPROVAL");
        // meanwhile the editor enters the same alias by hand: the delta would no longer add it
        String id = given().get("/api/v1/parties?source=US-OFAC/SDN/12685").then().extract().path("items[0].id");
        JsonPath p = party(id);
        List<Map<String, Object>> names = new ArrayList<>(p.getList("names"));
        names.add(name("GICDF TEST ALIAS", "AKA"));
        Map<String, Object> doc = new LinkedHashMap<>(p.getMap(""));
        doc.put("names", names);
        write().header("If-Match", "\"" + p.getLong("version") + "\"").body(doc).put("/api/v1/parties/" + id)
                .then().statusCode(200);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "editor2", roles = {Roles.EDITOR, Roles.AUDITOR})
    void approvingTheOvertakenPreviewAppliesNothingAndAsksForAReview() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "ok")).post("/api/v1/imports/" + staleJob
                + "/approval").then().statusCode(202);
        JsonPath job = awaitNot(staleJob, s -> s.equals("QUEUED") || s.equals("RUNNING"));
        assertThat(job.getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(job.getString("note")).contains("changed after the preview");
        given().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    private static JsonPath awaitNot(String id, Predicate<String> running) {
        return await("job " + id + " finished").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> Imports.job(id), job -> !running.test(job.getString("state")));
    }

    private static List<String> asserters(JsonPath provenance, String fullName) {
        List<Map<String, Object>> by = provenance.getList("find { it.field == 'names' && it.value.fullName == '"
                + fullName.replace("'", "\\'") + "' }.assertedBy");
        return by.stream().map(a -> a.get("kind") + " " + (a.get("kind").equals("PERSON") ? a.get("username")
                : a.get("asserter"))).toList();
    }

    private static long activeMeasures() {
        return given().get("/api/v1/parties?limit=200").then().statusCode(200).extract().jsonPath()
                .getList("items.measures.flatten().findAll { it.status == 'ACTIVE' }").size();
    }

    private static JsonPath party(String id) {
        return given().get("/api/v1/parties/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> name(String fullName, String type) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("fullName", fullName);
        n.put("type", type);
        n.put("script", "Latn");
        return n;
    }

    /** The sample set copied with some files' lines edited, in a directory of its own. */
    private static Path[] set(Map<String, java.util.function.UnaryOperator<List<String>>> edits) {
        try {
            Path dir = Files.createDirectories(WORK.resolve(Long.toString(System.nanoTime())));
            Path[] files = new Path[SET.length];
            for (int i = 0; i < SET.length; i++) {
                List<String> lines = Files.readAllLines(data("ofac_sdn_tiny/" + SET[i]),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                lines = edits.getOrDefault(SET[i], l -> l).apply(lines);
                files[i] = Files.write(dir.resolve(SET[i]), lines, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendAlias(Path[] set, String row) {
        try {
            Files.writeString(set[1], row + "\r\n", java.nio.charset.StandardCharsets.ISO_8859_1,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
