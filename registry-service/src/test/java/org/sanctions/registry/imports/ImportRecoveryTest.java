package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/** A job left RUNNING by a process that died is reported FAILED by the next start, and its report is kept. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class ImportRecoveryTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ImportWorker worker;

    @Test
    void failsAJobThatARestartInterrupted() throws SQLException {
        UUID orphan = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        insertRunningJob(orphan, "now() - interval '1 hour'");
        insertRunningJob(fresh, "now()"); // a job another replica is running right now: heartbeat fresh

        worker.onStart(null);

        given().get("/api/v1/imports/" + orphan).then().statusCode(200)
                .body("state", equalTo("FAILED"))
                .body("problem.detail", containsString("interrupted by a restart"))
                .body("progress.entries", equalTo(120))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/imports/" + fresh).then().body("state", equalTo("RUNNING"));
        given().get("/api/v1/imports?limit=100").then().statusCode(200).body("id", hasItem(orphan.toString()));
    }

    private void insertRunningJob(UUID id, String heartbeat) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into import_job (id,"
                + " state, format, files, reason, actor_subject, created_at, started_at, updated_at, report) values (?,"
                + " 'RUNNING', 'OFAC_SDN_CSV', '[{\"name\":\"sdn.csv\",\"size\":1,\"sha256\":\"00\"}]', 'test',"
                + " 'editor', now() - interval '2 hours', now() - interval '2 hours', " + heartbeat + ", '{\"counts\":"
                + "{\"rowsRead\":0,\"entries\":120,\"added\":0,\"updated\":0,\"unchanged\":0,\"revoked\":0,"
                + "\"rejected\":0},\"rejects\":[],\"rejectsTruncated\":false,\"programsCreated\":[]}')")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
    }
}
