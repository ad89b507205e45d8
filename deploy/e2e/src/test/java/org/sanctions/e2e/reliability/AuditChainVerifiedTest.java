package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;

/**
 * Runs after every other end-to-end test (see junit-platform.properties): after the faults, the hostile input and the
 * browser tests, the audit chain still verifies from its first event to its last.
 */
@Order(Suite.LAST)
@ExtendWith(SystemExtension.class)
class AuditChainVerifiedTest {

    @Test
    void auditChainStillVerifiesAfterTheWholeSuite(RunningSystem system) {
        Optional<JsonNode> report = new Api(system).auditVerify();
        assertThat(report).as("GET /api/v1/audit/verify answered 404: the audit chain cannot be checked").isPresent();
        Report.line("audit-chain", "%s", report.get());
        assertThat(report.get().path("valid").asBoolean()).as("chain verification: " + report.get()).isTrue();
    }
}
