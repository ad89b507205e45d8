package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/**
 * A job whose process died (no heartbeat for registry.imports.stale-after) is run again by a process that holds its
 * spooled files, and reported FAILED when nobody could take it over; a job whose owner still beats is left alone.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class ImportRecoveryTest {

    private static final String PARTIAL_REPORT = "{\"counts\":{\"rowsRead\":0,\"entries\":120,\"added\":0,"
            + "\"updated\":0,\"unchanged\":0,\"revoked\":0,\"rejected\":0},\"rejects\":[],\"rejectsTruncated\":false,"
            + "\"programsCreated\":[]}";

    @Inject
    AgroalDataSource db;

    @Inject
    ImportWorker worker;

    @Inject
    ImportsConfig config;

    @Test
    void runsAgainAJobWhoseProcessDiedWhenItsFilesAreHere() throws Exception {
        UUID interrupted = UUID.randomUUID();
        int entry = 90_000_000 + (int) (Math.random() * 9_000_000);
        spool(interrupted, ofacRows(entry));
        insertJob(interrupted, "RUNNING", "dead-process", "now() - interval '1 minute'");

        worker.sweep();

        JsonPath job = Imports.await(interrupted.toString());
        assertThat(job.getString("state")).as("job %s: %s", interrupted, job.getString("problem.detail"))
                .isEqualTo("SUCCEEDED");
        assertThat(job.getInt("progress.entries")).as("counted afresh, not on top of the interrupted run")
                .isEqualTo(job.getInt("progress.added") + job.getInt("progress.updated")
                        + job.getInt("progress.unchanged"))
                .isPositive();
        assertThat(job.getInt("progress.added")).isEqualTo(2);
        given().get("/api/v1/parties?source=US-OFAC/SDN/" + entry).then().statusCode(200)
                .body("items[0].names[0].fullName", equalTo("RECOVERY, Test Person"));
        assertThat(Files.exists(config.workDir().resolve(interrupted.toString()))).as("files removed at the end")
                .isFalse();
    }

    @Test
    void leavesAloneAJobWhoseOwnerStillBeats() throws Exception {
        UUID running = UUID.randomUUID();
        spool(running, ofacRows(1));
        insertJob(running, "RUNNING", "live-process", "now()");

        worker.sweep();

        given().get("/api/v1/imports/" + running).then().body("state", equalTo("RUNNING"))
                .body("progress.entries", equalTo(120));
        assertThat(Files.exists(config.workDir().resolve(running.toString()))).isTrue();
        // the made-up owner will never finish it: end it so that no later sweep of this JVM imports the file
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update import_job set state = 'FAILED', finished_at = now() where id = ?")) {
            ps.setObject(1, running);
            ps.executeUpdate();
        }
    }

    @Test
    void failsAnInterruptedJobWhoseFilesAreGoneAndKeepsItsReport() throws SQLException {
        UUID orphan = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        insertJob(orphan, "RUNNING", "dead-process", "now() - interval '1 hour'");
        insertJob(recent, "QUEUED", "dead-process", "now() - interval '1 minute'"); // another host may have its files

        worker.sweep();

        given().get("/api/v1/imports/" + orphan).then().statusCode(200)
                .body("state", equalTo("FAILED"))
                .body("problem.detail", containsString("interrupted by a restart"))
                .body("progress.entries", equalTo(120))
                .body("finishedAt", notNullValue());
        given().get("/api/v1/imports/" + recent).then().body("state", equalTo("QUEUED"));
        given().get("/api/v1/imports?limit=100").then().statusCode(200).body("id", hasItem(orphan.toString()));
    }

    /** Two rows of an OFAC sdn.csv (the legacy format has no header) under entry numbers of this test alone. */
    private static String ofacRows(int entry) {
        return entry + ",\"RECOVERY, Test Person\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"DOB 01 Jan 1970.\"\r\n" + (entry + 1) + ",\"RECOVERY TEST TRADING LLC\",-0- ,\"SDGT\",-0- ,-0- ,"
                + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    }

    private void spool(UUID job, String sdnCsv) throws IOException {
        Path dir = Files.createDirectories(config.workDir().resolve(job.toString()));
        Files.writeString(dir.resolve("0"), sdnCsv, StandardCharsets.ISO_8859_1);
    }

    private void insertJob(UUID id, String state, String owner, String heartbeat) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into import_job (id,"
                + " state, format, files, reason, actor_subject, created_at, started_at, updated_at, report, worker)"
                + " values (?, ?, 'OFAC_SDN_CSV', '[{\"name\":\"sdn.csv\",\"size\":1,\"sha256\":\"00\"}]', 'test',"
                + " 'editor', now() - interval '2 hours', now() - interval '2 hours', " + heartbeat + ", ?::jsonb,"
                + " ?)")) {
            ps.setObject(1, id);
            ps.setString(2, state);
            ps.setString(3, PARTIAL_REPORT);
            ps.setString(4, owner);
            ps.executeUpdate();
        }
    }
}
