package org.sanctions.registry.sources;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sanctions.testkit.PostgresResource;

/**
 * The scheduled fetch of a list source from a real HTTP server on loopback: the OFAC sample file, the same file again,
 * a later edition with one more entry, then a truncated file, a file of another format, a 500 and a hang (each leaves
 * the registry as it was and says so on the source), then a REVIEW source whose file waits for an officer, and the
 * freshness health checks and gauge. Each step is a method, run in order, as the person it names.
 */
@QuarkusTest
@TestProfile(SourceFetchTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourceFetchTest {

    /** Its own database; a temporary archive; a short tick, timeout and retry so that a hang costs seconds. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresResource.class, Map.of("database", "sanctions_sources")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Map<String, String> config = new HashMap<>();
                config.put("registry.sources.archive-dir", Files.createTempDirectory("source-archive").toString());
                config.put("registry.sources.tick", "1s");
                config.put("registry.sources.timeout", "PT1S");
                config.put("org.sanctions.registry.sources.SourceDownloader/download/Timeout/value", "3000");
                config.put("org.sanctions.registry.sources.SourceDownloader/download/Retry/maxRetries", "1");
                config.put("org.sanctions.registry.sources.SourceDownloader/download/Timeout/unit", "MILLIS");
                config.put("org.sanctions.registry.sources.SourceDownloader/download/Retry/delay", "100");
                config.put("org.sanctions.registry.sources.SourceDownloader/download/Retry/delayUnit", "MILLIS");
                return config;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final String SOURCE = "/api/v1/sources/ofac-sdn";
    private static final ListServer SERVER = new ListServer();
    private static final String NEW_ROW = "99901,\"TESTFETCH, Ivan Petrovich\",\"individual\",\"RUSSIA-EO14024\",-0- ,"
            + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 01 Jan 1970.\"\r\n";
    private static final String SECOND_ROW = "99902,\"TESTREVIEW, Olga\",\"individual\",\"RUSSIA-EO14024\",-0- ,"
            + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 02 Feb 1971.\"\r\n";

    private static String firstJob;
    private static String reviewJob;
    private static int active;

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void theOfficialSourcesAreThereAndBadSettingsAreRefused() {
        given().get("/api/v1/sources").then().statusCode(200)
                .body("id", hasItems("ofac-sdn", "ofac-consolidated", "un-sc", "uk-ofsi", "us-csl"))
                .body("find { it.id == 'ofac-sdn' }.url", org.hamcrest.Matchers.startsWith("https://"))
                .body("find { it.id == 'ofac-sdn' }.every", org.hamcrest.Matchers.nullValue());
        long version = given().get(SOURCE).then().statusCode(200).extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(Map.of("format", "NOPE", "url", "ftp://x", "every", "1m",
                "policy", "SOMETIMES", "mode", "HALF", "maxDelistShare", 2)).put(SOURCE).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("format", "url", "every", "policy", "mode", "maxDelistShare"));
        given().contentType(ContentType.JSON).body("{\"url\": 5").put(SOURCE).then().statusCode(400)
                .contentType("application/problem+json");
        given().get(SOURCE).then().body("version", equalTo((int) version));
        given().post("/api/v1/sources/no-such/fetches").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aNewFileIsArchivedAndImported() throws IOException {
        byte[] file = Files.readAllBytes(sdn());
        SERVER.publish(file, ListServer.Mode.SERVE);
        configure("AUTO", null);
        JsonPath source = fetchUntil(s -> s.getString("state").equals("APPLIED"));
        assertThat(source.getString("fileSha256")).isEqualTo(ListServer.sha256(file));
        assertThat(source.getString("lastCheckedAt")).isNotNull();
        assertThat(source.getString("lastAppliedAt")).isNotNull();
        firstJob = source.getString("importId");
        JsonPath job = given().get("/api/v1/imports/" + firstJob).then().statusCode(200).extract().jsonPath();
        assertThat(job.getString("actor.username")).isEqualTo("source:ofac-sdn");
        assertThat(job.getString("reason")).startsWith("scheduled fetch of ofac-sdn");
        assertThat(job.getLong("progress.added")).isEqualTo(17);
        assertThat(parties()).isEqualTo(17);
        Path archived = Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("registry.sources.archive-dir", String.class), "ofac-sdn", ListServer.sha256(file));
        assertThat(archived).hasBinaryContent(file);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void theSameFileAgainChangesNothingButTheTimeOfTheCheck() {
        JsonPath before = given().get(SOURCE).then().extract().jsonPath();
        int notModified = SERVER.notModified.get();
        JsonPath after = fetchUntil(s -> !s.getString("lastCheckedAt").equals(before.getString("lastCheckedAt")));
        assertThat(SERVER.notModified.get()).isEqualTo(notModified + 1);
        // without validators the server sends the same bytes: recognised by their hash
        SERVER.mode(ListServer.Mode.SERVE_WITHOUT_ETAG);
        JsonPath again = fetchUntil(s -> !s.getString("lastCheckedAt").equals(after.getString("lastCheckedAt")));
        for (JsonPath s : List.of(after, again)) {
            assertThat(s.getString("importId")).isEqualTo(firstJob);
            assertThat(s.getString("state")).isEqualTo("APPLIED");
            assertThat(s.getString("lastChangedAt")).isEqualTo(before.getString("lastChangedAt"));
        }
        assertThat(parties()).isEqualTo(17);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aLaterEditionWithOneMoreEntryIsANewJob() throws IOException {
        SERVER.publish(edition(NEW_ROW), ListServer.Mode.SERVE);
        JsonPath source = fetchUntil(s -> !firstJob.equals(s.getString("importId"))
                && s.getString("state").equals("APPLIED"));
        JsonPath job = given().get("/api/v1/imports/" + source.getString("importId")).then().extract().jsonPath();
        assertThat(job.getLong("progress.added")).isEqualTo(1);
        assertThat(parties()).isEqualTo(18);
        given().get("/api/v1/parties?source=US-OFAC/SDN/99901").then().statusCode(200)
                .body("items[0].names[0].fullName", equalTo("TESTFETCH, Ivan Petrovich"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aTruncatedFileLeavesTheRegistryUnchanged() throws IOException {
        active = activeMeasures();
        byte[] whole = edition(NEW_ROW);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 3);
        SERVER.publish(cut, ListServer.Mode.SERVE);
        JsonPath source = fetchUntil(s -> ListServer.sha256(cut).equals(s.getString("fileSha256"))
                && List.of("IMPORT_FAILED", "AWAITING_APPROVAL").contains(s.getString("state")));
        assertThat(source.getString("lastError")).isNotBlank();
        assertThat(parties()).isEqualTo(18);
        assertThat(activeMeasures()).isEqualTo(active);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aFileOfAnotherFormatAFailingAndAHangingServerLeaveTheRegistryUnchanged() {
        SERVER.publish("<html><body>Service temporarily moved</body></html>".getBytes(StandardCharsets.UTF_8),
                ListServer.Mode.SERVE);
        JsonPath wrong = fetchUntil(s -> s.getString("state").equals("FETCH_FAILED"));
        assertThat(wrong.getString("lastError")).contains("not a list");

        SERVER.mode(ListServer.Mode.FAIL);
        int requests = SERVER.requests.get();
        JsonPath failed = fetchUntil(s -> s.getString("state").equals("FETCH_FAILED")
                && s.getString("lastError").contains("HTTP 500"));
        assertThat(SERVER.requests.get() - requests).as("one try and one retry").isEqualTo(2);
        assertThat(failed.getString("lastCheckedAt")).isEqualTo(wrong.getString("lastCheckedAt"));

        SERVER.mode(ListServer.Mode.HANG);
        JsonPath hung = fetchUntil(s -> s.getString("state").equals("FETCH_FAILED")
                && !s.getString("lastError").contains("HTTP 500"));
        assertThat(hung.getString("lastError")).containsIgnoringCase("timed out");
        assertThat(parties()).isEqualTo(18);
        assertThat(activeMeasures()).isEqualTo(active);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void aScheduledReviewSourceWaitsForApproval() throws IOException {
        SERVER.publish(edition(NEW_ROW + SECOND_ROW), ListServer.Mode.SERVE);
        configure("REVIEW", "PT1H"); // scheduled: the next tick checks it, no request needed
        JsonPath source = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(SourceFetchTest::source, s -> s.getString("state").equals("AWAITING_APPROVAL")
                        && s.getString("lastError") != null && s.getString("lastError").contains("preview"));
        reviewJob = source.getString("importId");
        given().get("/api/v1/imports/" + reviewJob).then().body("preview", equalTo(true));
        assertThat(parties()).isEqualTo(18);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "officer", roles = Roles.OFFICER)
    void anOfficerApprovesAndTheNewEntryArrives() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "Checked against the OFAC recent actions"))
                .post("/api/v1/imports/" + reviewJob + "/approval").then().statusCode(202);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(SourceFetchTest::source, s -> s.getString("state").equals("APPLIED"));
        given().get("/api/v1/parties?source=US-OFAC/SDN/99902").then().statusCode(200)
                .body("items[0].names[0].fullName", equalTo("TESTREVIEW, Olga"));
    }

    @Test
    @Order(9)
    @TestSecurity(user = "editor", roles = Roles.EDITOR)
    void freshnessIsAGaugeAndAWellnessCheckButNeverTakesReadinessDown() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'list-freshness' }.data.ofac-sdn",
                        org.hamcrest.Matchers.startsWith("fresh: "));
        given().get("/q/health/well").then().statusCode(200).body("checks.find { it.name == 'list-freshness' }"
                + ".status", equalTo("UP"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("registry_source_age_seconds\\{[^}]*source=\"ofac-sdn\"[^}]*} [0-9.]+");

        SERVER.mode(ListServer.Mode.FAIL); // no successful check from now on
        given().contentType(ContentType.JSON).body(Map.of("format", "OFAC_SDN_CSV", "url", SERVER.url(), "every",
                "PT1H", "policy", "REVIEW", "maxDelistShare", 0.2, "sla", "PT1S")).put(SOURCE).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> given()
                .get("/q/health/well").then().extract().statusCode() == 503);
        given().get("/q/health/well").then().body("checks.find { it.name == 'list-freshness' }.data.ofac-sdn",
                org.hamcrest.Matchers.startsWith("stale: "));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'list-freshness' }.data.ofac-sdn",
                        org.hamcrest.Matchers.startsWith("stale: "));
    }

    private static void configure(String policy, String every) {
        Map<String, Object> body = new HashMap<>(Map.of("format", "OFAC_SDN_CSV", "url", SERVER.url(), "policy",
                policy, "maxDelistShare", 0.2));
        body.put("every", every);
        given().contentType(ContentType.JSON).body(body).put(SOURCE).then().statusCode(200)
                .body("url", equalTo(SERVER.url())).body("policy", equalTo(policy)).body("mode", equalTo("FULL"));
    }

    /** Asks for a check now and waits until the source shows the expected outcome. */
    private static JsonPath fetchUntil(Predicate<JsonPath> outcome) {
        given().post(SOURCE + "/fetches").then().statusCode(202).header("Location",
                org.hamcrest.Matchers.endsWith(SOURCE));
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(SourceFetchTest::source, s -> outcome.test(s));
    }

    private static JsonPath source() {
        return given().get(SOURCE).then().statusCode(200).extract().jsonPath();
    }

    private static Path sdn() {
        return TestData.path("ofac_sdn_tiny/sdn.csv");
    }

    private static byte[] edition(String extraRows) throws IOException {
        byte[] file = Files.readAllBytes(sdn());
        byte[] extra = extraRows.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(file, file.length + extra.length);
        System.arraycopy(extra, 0, all, file.length, extra.length);
        return all;
    }

    private static int parties() {
        return given().get("/api/v1/parties?limit=200").then().statusCode(200).extract().jsonPath()
                .getList("items").size();
    }

    private static int activeMeasures() {
        return given().get("/api/v1/parties?limit=200").then().statusCode(200).extract().jsonPath()
                .getList("items.measures.flatten().findAll { it.status == 'ACTIVE' }").size();
    }
}
