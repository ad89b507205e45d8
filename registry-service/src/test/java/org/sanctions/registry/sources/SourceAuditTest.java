package org.sanctions.registry.sources;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.importer.TestData;

/**
 * Every change to a list source and every decision on an import is an event in the audit chain and the change feed:
 * a settings change (with before and after), a new file fetched, a failing fetch (once, not at every retry), a delta
 * previewed, approved, rejected and applied; a check that finds the same file adds nothing. The chain verifies, and
 * the snapshot export names the file each source last applied. Steps run in order, as the person each names.
 */
@QuarkusTest
@TestProfile(SourceAuditTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourceAuditTest {

    /** The fetch test's settings, on a database of its own. */
    public static class Profile extends SourceFetchTest.Profile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(org.sanctions.testkit.PostgresResource.class,
                    Map.of("database", "sanctions_source_audit")));
        }
    }

    private static final String SOURCE = "/api/v1/sources/ofac-sdn";
    private static final String NEW_ROW = "99911,\"AUDITFETCH, Pavel\",\"individual\",\"RUSSIA-EO14024\",-0- ,"
            + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 03 Mar 1972.\"\r\n";
    private static final String OTHER_ROW = "99912,\"AUDITREJECT, Nina\",\"individual\",\"RUSSIA-EO14024\",-0- ,"
            + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 04 Apr 1973.\"\r\n";
    private static final ListServer SERVER = new ListServer();

    private static String firstJob;
    private static String reviewJob;
    private static String reviewSha;

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.AUDITOR})
    void aSettingsChangeIsAnEventWithBeforeAfterAndReasonAndTheSameSettingsAddNone() {
        given().contentType(ContentType.JSON).header("X-Change-Reason", "Serve%20the%20list%20from%20the%20mirror")
                .body(settings("AUTO")).put(SOURCE).then().statusCode(200);
        JsonPath events = audit("source=ofac-sdn");
        assertThat(events.getList("events.action")).containsExactly("SOURCE_UPDATED");
        assertThat(events.getString("events[0].entityType")).isEqualTo("SOURCE");
        assertThat(events.getString("events[0].reason")).isEqualTo("Serve the list from the mirror");
        assertThat(events.getString("events[0].actor.username")).isEqualTo("editor");
        assertThat(events.getString("events[0].before.url")).startsWith("https://");
        assertThat(events.getString("events[0].after.url")).isEqualTo(SERVER.url());
        assertThat(events.getList("events[0].diff.path")).contains("/url", "/policy");

        given().contentType(ContentType.JSON).body(settings("AUTO")).put(SOURCE).then().statusCode(200);
        assertThat(audit("source=ofac-sdn").getList("events")).hasSize(1);
        given().get("/api/v1/audit/events?importJob=not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/audit/events?source=ofac-sdn&party=" + java.util.UUID.randomUUID()).then().statusCode(400);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.AUDITOR, Roles.FEED_READER})
    void aNewFileIsFetchedThenAppliedAndBothAreInTheChainAndTheFeed() throws IOException {
        byte[] file = Files.readAllBytes(TestData.path("ofac_sdn_tiny/sdn.csv"));
        SERVER.publish(file, ListServer.Mode.SERVE);
        firstJob = fetchUntil(s -> "APPLIED".equals(s.getString("state"))).getString("importId");

        JsonPath fetched = audit("source=ofac-sdn&action=SOURCE_FETCHED");
        assertThat(fetched.getList("events")).hasSize(1);
        assertThat(fetched.getString("events[0].after.fileSha256")).isEqualTo(ListServer.sha256(file));
        assertThat(fetched.getLong("events[0].after.fileSize")).isEqualTo(file.length);
        assertThat(fetched.getString("events[0].after.etag")).isNotNull();
        assertThat(fetched.getString("events[0].actor.username")).isEqualTo("source:ofac-sdn");

        JsonPath applied = audit("importJob=" + firstJob);
        assertThat(applied.getList("events.action")).containsExactly("IMPORT_APPLIED");
        assertThat(applied.getString("events[0].after.source")).isEqualTo("ofac-sdn");
        assertThat(applied.getString("events[0].after.fileSha256")).isEqualTo(ListServer.sha256(file));
        assertThat(applied.getLong("events[0].after.counts.added")).isEqualTo(17);
        assertThat(applied.getString("events[0].after.appliedAt")).isNotNull();

        JsonPath feed = given().get("/api/v1/changes?after=0&limit=1000").then().statusCode(200).extract().jsonPath();
        Map<String, Object> event = feed.getMap("events.find { it.action == 'IMPORT_APPLIED' }");
        assertThat(event.get("entityType")).isEqualTo("IMPORT");
        assertThat(event.get("party")).isNull();
        assertThat(feed.getString("events.find { it.action == 'IMPORT_APPLIED' }.importJob.fileSha256"))
                .isEqualTo(ListServer.sha256(file));
        assertThat(feed.getString("events.find { it.action == 'SOURCE_FETCHED' }.source.fileSha256"))
                .isEqualTo(ListServer.sha256(file));
        assertThat(feed.getInt("events.findAll { it.entityType == 'PARTY' }.size()")).isEqualTo(17);
        // the applied event comes after the parties it wrote and after the fetch that brought the file
        assertThat(feed.getLong("events.find { it.action == 'IMPORT_APPLIED' }.seq")).isGreaterThan(
                feed.getLong("events.findAll { it.entityType == 'PARTY' }.max { it.seq }.seq"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.AUDITOR})
    void theSameFileAgainOnlyMovesTheTimeOfTheCheck() {
        int events = audit("source=ofac-sdn").getList("events").size();
        String checked = source().getString("lastCheckedAt");
        SERVER.mode(ListServer.Mode.SERVE_WITHOUT_ETAG); // the same bytes, recognised by their hash
        fetchUntil(s -> !checked.equals(s.getString("lastCheckedAt")));
        assertThat(audit("source=ofac-sdn").getList("events")).hasSize(events);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.AUDITOR})
    void aFailingServerIsOneEventNotOnePerRetry() {
        SERVER.mode(ListServer.Mode.FAIL);
        fetchUntil(s -> "FETCH_FAILED".equals(s.getString("state")));
        int requests = SERVER.requests.get();
        given().post(SOURCE + "/fetches").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> SERVER.requests.get() >= requests + 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                audit("source=ofac-sdn&action=SOURCE_FETCH_FAILED").getList("events").size() == 1);
        JsonPath failed = audit("source=ofac-sdn&action=SOURCE_FETCH_FAILED");
        assertThat(failed.getString("events[0].after.error")).contains("HTTP 500");
        assertThat(failed.getString("events[0].after.state")).isEqualTo("FETCH_FAILED");
    }

    @Test
    @Order(5)
    @TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.AUDITOR})
    void aReviewedFileIsPreviewedWithItsDeltaCounts() throws IOException {
        byte[] file = edition(NEW_ROW);
        reviewSha = ListServer.sha256(file);
        SERVER.publish(file, ListServer.Mode.SERVE);
        given().contentType(ContentType.JSON).body(settings("REVIEW")).put(SOURCE).then().statusCode(200);
        reviewJob = fetchUntil(s -> "AWAITING_APPROVAL".equals(s.getString("state"))).getString("importId");
        JsonPath previewed = audit("importJob=" + reviewJob);
        assertThat(previewed.getList("events.action")).containsExactly("IMPORT_PREVIEWED");
        assertThat(previewed.getLong("events[0].after.delta.added")).isEqualTo(1);
        assertThat(previewed.getString("events[0].after.state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(previewed.getString("events[0].reason")).contains("preview");
        assertThat(audit("source=ofac-sdn&action=SOURCE_UPDATED").getString("events[1].after.policy"))
                .isEqualTo("REVIEW");
    }

    @Test
    @Order(6)
    @TestSecurity(user = "officer", roles = {Roles.OFFICER, Roles.AUDITOR})
    void anApprovalIsAnEventByTheApproverAndTheApplicationFollows() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "Checked the new designation"))
                .post("/api/v1/imports/" + reviewJob + "/approval").then().statusCode(202);
        JsonPath events = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> audit("importJob=" + reviewJob), e -> e.getList("events").size() == 3);
        assertThat(events.getList("events.action")).containsExactly("IMPORT_PREVIEWED", "IMPORT_APPROVED",
                "IMPORT_APPLIED");
        assertThat(events.getList("events.version", Integer.class)).containsExactly(1, 2, 3);
        assertThat(events.getString("events[1].actor.username")).isEqualTo("officer");
        assertThat(events.getString("events[1].reason")).isEqualTo("Checked the new designation");
        assertThat(events.getString("events[2].after.decision.username")).isEqualTo("officer");
        assertThat(events.getString("events[2].after.fileSha256")).isEqualTo(reviewSha);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "officer", roles = {Roles.OFFICER, Roles.AUDITOR, Roles.EDITOR})
    void aRejectionIsAnEventWithItsReason() throws IOException {
        SERVER.publish(edition(NEW_ROW + OTHER_ROW), ListServer.Mode.SERVE);
        String job = fetchUntil(s -> "AWAITING_APPROVAL".equals(s.getString("state"))
                && !reviewJob.equals(s.getString("importId"))).getString("importId");
        given().contentType(ContentType.JSON).body(Map.of("reason", "Not on the OFAC recent actions page"))
                .post("/api/v1/imports/" + job + "/rejection").then().statusCode(200);
        JsonPath events = audit("importJob=" + job);
        assertThat(events.getList("events.action")).containsExactly("IMPORT_PREVIEWED", "IMPORT_REJECTED");
        assertThat(events.getString("events[1].reason")).isEqualTo("Not on the OFAC recent actions page");
        assertThat(events.getString("events[1].after.state")).isEqualTo("REJECTED");
        assertThat(events.getString("events[1].after.decision.decision")).isEqualTo("REJECTED");
    }

    @Test
    @Order(8)
    @TestSecurity(user = "auditor", roles = {Roles.AUDITOR, Roles.FEED_READER})
    void theChainVerifiesAndTheSnapshotNamesTheAppliedFile() {
        given().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        String header = given().get("/api/v1/parties/export").then().statusCode(200).extract().asString()
                .lines().findFirst().orElseThrow();
        JsonPath json = JsonPath.from(header);
        assertThat(json.getList("sources.source")).containsExactly("ofac-sdn");
        assertThat(json.getString("sources[0].fileSha256")).isEqualTo(reviewSha);
        assertThat(json.getString("sources[0].importId")).isEqualTo(reviewJob);
        assertThat(json.getString("sources[0].appliedAt")).isNotNull();
        assertThat(audit("action=IMPORT_APPLIED").getList("events")).hasSize(2);
    }

    private static Map<String, Object> settings(String policy) {
        Map<String, Object> body = new HashMap<>(Map.of("format", "OFAC_SDN_CSV", "url", SERVER.url(), "policy",
                policy, "maxDelistShare", 0.2));
        body.put("every", null);
        return body;
    }

    private static JsonPath audit(String query) {
        return given().get("/api/v1/audit/events?limit=500&" + query).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath fetchUntil(Predicate<JsonPath> outcome) {
        given().post(SOURCE + "/fetches").then().statusCode(202);
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(SourceAuditTest::source, outcome::test);
    }

    private static JsonPath source() {
        return given().get(SOURCE).then().statusCode(200).extract().jsonPath();
    }

    private static byte[] edition(String extraRows) throws IOException {
        byte[] file = Files.readAllBytes(TestData.path("ofac_sdn_tiny/sdn.csv"));
        byte[] extra = extraRows.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(file, file.length + extra.length);
        System.arraycopy(extra, 0, all, file.length, extra.length);
        return all;
    }
}
