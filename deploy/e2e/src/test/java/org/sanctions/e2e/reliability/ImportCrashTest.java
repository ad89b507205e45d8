package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;
import org.sanctions.testkit.Prerequisites;

/**
 * The registry killed with SIGKILL while it imports the OFAC SDN list of May 2024: the accepted job is not lost. The
 * restarted registry finds the job without a heartbeat, takes it over from its spooled files and runs it again from
 * the start; it ends SUCCEEDED, the registry grows by exactly what the job reports as added, and the audit chain
 * verifies.
 */
@Order(Suite.AFTER_BROWSER_TESTS)
@ExtendWith(SystemExtension.class)
class ImportCrashTest {

    private static final String REGISTRY = "registry-service";
    private static final Duration FINISH = Duration.ofMinutes(6);

    private RunningSystem system;

    @Test
    void importInterruptedByAKilledRegistryIsRunAgainAfterItsRestart(RunningSystem system) throws IOException {
        this.system = system;
        Path list = Prerequisites.sharedData("ofac_sdn_2024-05/sdn.csv");
        Api api = new Api(system);
        String editor = api.token("editor");
        api.token("auditor");
        try (Store store = new Store(system)) {
            long partiesBefore = store.parties();
            // ADDITIONS: the earlier tests' entries that SDN 2024-05 lacks would send a FULL run to review
            String job = ImportJobs.start(api, editor, list, "reliability test: registry killed during an import",
                    "ADDITIONS");
            Waits.until(FINISH, () -> "import job " + job + " running",
                    () -> "RUNNING".equals(ImportJobs.state(api, job)));

            system.kill(REGISTRY);
            system.relaunch(REGISTRY).awaitReady();

            JsonNode end = ImportJobs.awaitEnd(api, job, FINISH, "after the restart");
            long added = store.parties() - partiesBefore;
            Report.line("import-crash", "final state %s, parties added %d, progress %s",
                    end.path("state").asText(), added, end.path("progress"));
            assertThat(end.path("state").asText()).as("job after the restart: " + end).isEqualTo("SUCCEEDED");
            assertThat(end.path("progress").path("entries").asLong()).as("every entry read").isGreaterThan(10_000);
            assertThat(added).as("the registry grew by exactly what the job added, once")
                    .isEqualTo(end.path("progress").path("added").asLong());
            api.auditVerify().ifPresent(r -> assertThat(r.path("valid").asBoolean()).as("audit chain: " + r)
                    .isTrue());
        }
    }

    @AfterEach
    void registryRuns() {
        if (system != null) {
            system.ensureRunning(REGISTRY);
        }
    }
}
