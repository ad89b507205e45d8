package org.sanctions.registry.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.person;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.DbCounts;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/**
 * Through the API: the service's own database user cannot change an event (trigger), and when a superuser does
 * (trigger disabled), /audit/verify pinpoints the event. The row is put back afterwards so the shared chain stays valid.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "auditor", roles = {Roles.EDITOR, Roles.AUDITOR})
class AuditTamperTest {

    @Inject
    AgroalDataSource db;
    @Inject
    DbCounts counts;

    @Test
    void theServicesConnectionCannotChangeEvents() {
        createParty(person("TRIGGER, Guarded"));
        for (String sql : new String[] {"update audit_event set reason = 'x'", "delete from audit_event"}) {
            assertThatThrownBy(() -> run(sql, false)).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        given().get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void verifyPinpointsAnEventASuperuserChanged() throws SQLException {
        String id = createParty(person("TAMPER, Target"));
        long seq = counts.count("select seq from audit_event where entity_id = ?", id);
        run("update audit_event set reason = 'forged' where seq = " + seq, true);
        try {
            given().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) seq)).body("problem", containsString("changed"));
        } finally {
            run("update audit_event set reason = 'test fixture' where seq = " + seq, true);
        }
        given().get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    private void run(String sql, boolean asSuperuserWithTriggersOff) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            if (asSuperuserWithTriggersOff) {
                s.execute("alter table audit_event disable trigger user");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.execute();
            } finally {
                if (asSuperuserWithTriggersOff) {
                    s.execute("alter table audit_event enable trigger user");
                }
            }
        }
    }
}
