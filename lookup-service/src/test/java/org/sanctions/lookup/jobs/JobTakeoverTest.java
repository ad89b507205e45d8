package org.sanctions.lookup.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.PostgresResource;

/**
 * A job whose process died (no heartbeat for lookup.jobs.stale-after) is taken over by a process holding its spooled
 * input and goes on after its last stored chunk; one whose input is gone is FAILED once nobody took it over for
 * lookup.jobs.orphaned-after; one whose owner still beats is left alone.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "bank-demo", roles = "screening-client")
@OidcSecurity(claims = {@Claim(key = "sub", value = "sa-bank-takeover"), @Claim(key = "azp", value = "bank-demo")})
class JobTakeoverTest {

    private static final String CSV = "name,ref\nMaria Gonzalez,r1\nJohn Lee Ka Chiu,r2\nCarrie Lam,r3\n";

    @Inject
    AgroalDataSource db;

    @Inject
    JobRunner runner;

    @Inject
    LookupConfig config;

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void goesOnWithAJobWhoseProcessDiedAfterItsLastStoredChunk() throws Exception {
        UUID job = UUID.randomUUID();
        spool(job);
        insertJob(job, "dead-process", "now() - interval '1 minute'", 1);
        // the first row's result was stored before the crash: it is kept, not screened again
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into"
                + " screening_job_result (job_id, row_no, item_ref, status, matched, matches) values (?, 2, 'r1',"
                + " 'OK', false, '[]'::jsonb)")) {
            ps.setObject(1, job);
            ps.executeUpdate();
        }

        runner.sweep();

        Eventually.within(Duration.ofSeconds(15), () -> given().get("/api/v1/screening-jobs/" + job).then()
                .statusCode(200).body("status", equalTo("COMPLETED")).body("rowsProcessed", equalTo(3))
                .body("rowsMatched", equalTo(2)));
        List<String> lines = Arrays.stream(given().accept("application/x-ndjson")
                .get("/api/v1/screening-jobs/" + job + "/results").then().statusCode(200).extract().asString()
                .split("\n")).filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"ref\":\"r1\"");
        assertThat(lines.get(1)).contains("\"ref\":\"r2\"", TestParties.LEE);
        assertThat(lines.get(2)).contains("\"ref\":\"r3\"", TestParties.LAM);
        assertThat(Files.exists(config.jobs().workDir().resolve(job + ".csv"))).as("input removed").isFalse();
    }

    @Test
    void leavesAloneAJobWhoseOwnerBeatsAndFailsOneWhoseInputIsGone() throws Exception {
        UUID live = UUID.randomUUID();
        UUID orphan = UUID.randomUUID();
        spool(live);
        insertJob(live, "live-process", "now()", 0);
        insertJob(orphan, "dead-process", "now() - interval '1 hour'", 0);

        runner.sweep();

        given().get("/api/v1/screening-jobs/" + live).then().body("status", equalTo("QUEUED"));
        given().get("/api/v1/screening-jobs/" + orphan).then().body("status", equalTo("FAILED"))
                .body("error", containsString("input did not survive"));
        // the made-up owner will never run it: end it so that no later sweep of this JVM takes it over
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update screening_job set status = 'FAILED', finished_at = now() where id = ?")) {
            ps.setObject(1, live);
            ps.executeUpdate();
        }
        Files.deleteIfExists(config.jobs().workDir().resolve(live + ".csv"));
    }

    private void spool(UUID job) throws Exception {
        Path file = config.jobs().workDir().resolve(job + ".csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CSV);
    }

    private void insertJob(UUID id, String owner, String heartbeat, int processed) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into screening_job"
                + " (id, created_at, updated_at, subject, client_id, username, format, status, options, worker,"
                + " rows_processed) values (?, now() - interval '2 hours', " + heartbeat + ", 'sa-bank-takeover',"
                + " 'bank-demo', null, 'CSV', ?, '{}'::jsonb, ?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, processed > 0 ? "RUNNING" : "QUEUED");
            ps.setString(3, owner);
            ps.setInt(4, processed);
            ps.executeUpdate();
        }
    }
}
