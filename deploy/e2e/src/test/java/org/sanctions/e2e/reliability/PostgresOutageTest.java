package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;
import org.sanctions.e2e.reliability.Http.Reply;
import org.sanctions.e2e.reliability.WriteStream.Write;
import org.sanctions.testkit.TestPostgres;

/**
 * PostgreSQL stopped (fast shutdown) and started again on the same port and data directory while the editor writes:
 * every write acknowledged with 201 is there afterwards, every write during the outage is refused with a 503 problem
 * document and a Retry-After (never a hang), and the registry, the lookup service and Keycloak come back without
 * being restarted.
 */
@Order(Suite.AFTER_BROWSER_TESTS)
@ExtendWith(SystemExtension.class)
class PostgresOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofSeconds(120);

    @Test
    void acknowledgedWritesSurviveADatabaseRestartAndServicesRecoverByThemselves(RunningSystem system) {
        Api api = new Api(system);
        for (String who : List.of("editor", "officer", "auditor", "bank")) {
            api.token(who); // the outage also takes Keycloak's database away: no token can be had during it
        }
        Instant down;
        Instant up;
        Reply readDuringOutage;
        List<Write> writes;
        try (WriteStream stream = new WriteStream(api)) {
            Waits.until(RECOVERY, () -> "three writes acknowledged before the outage",
                    () -> stream.acknowledgedSince(Instant.EPOCH) >= 3);
            down = Instant.now();
            TestPostgres.stopServer();
            try {
                Waits.sleep(OUTAGE.toMillis() / 2);
                readDuringOutage = api.get("officer", "/api/v1/parties?limit=5");
                Waits.sleep(OUTAGE.toMillis() / 2);
            } finally {
                TestPostgres.restartServer();
            }
            up = Instant.now();
            Waits.until(RECOVERY, () -> "three writes acknowledged after PostgreSQL came back",
                    () -> stream.acknowledgedSince(up) >= 3);
            stream.close();
            writes = stream.writes();
        }
        Report.line("postgres-outage", "writes %d, acknowledged %d, refused %d, outage %d s",
                writes.size(), writes.stream().filter(Write::acknowledged).count(),
                writes.stream().filter(w -> !w.acknowledged()).count(), Duration.between(down, up).toSeconds());

        assertNoHangAndCleanRefusals(writes);
        assertThat(writes.stream().filter(w -> !w.acknowledged() && w.sent().isAfter(down) && w.sent().isBefore(up)))
                .as("writes refused during the outage (else the outage was not exercised)").isNotEmpty();
        Problems.assertProblem(readDuringOutage, 503);
        assertEveryAcknowledgedWriteIsStored(api, writes);
        assertServicesRecovered(system, api);
        api.auditVerify().ifPresent(report -> assertThat(report.path("valid").asBoolean())
                .as("audit chain after the database restart: " + report).isTrue());
    }

    private static void assertNoHangAndCleanRefusals(List<Write> writes) {
        for (Write w : writes) {
            assertThat(w.reply().failure()).as("no answer (hang or dropped connection): " + w.reply().describe())
                    .isNull();
            if (!w.acknowledged()) {
                Problems.assertProblem(w.reply(), 503);
                assertThat(w.reply().header("Retry-After")).as("Retry-After: " + w.reply().describe()).isNotNull();
            }
        }
    }

    private static void assertEveryAcknowledgedWriteIsStored(Api api, List<Write> writes) {
        for (Write w : writes.stream().filter(Write::acknowledged).toList()) {
            Reply read = api.get("officer", "/api/v1/parties/" + w.partyId());
            assertThat(read.status()).as("acknowledged write lost: " + read.describe()).isEqualTo(200);
            assertThat(read.json().path("names").get(0).path("fullName").asText()).isEqualTo(w.name());
        }
    }

    private static void assertServicesRecovered(RunningSystem system, Api api) {
        Recovery.awaitSystem(system, RECOVERY);
        // a party listed now reaches the index: the registry's feed and the lookup's evidence store work again
        String name = Api.uniqueName("After outage");
        api.awaitScreenable(name, api.listedParty(name), RECOVERY);
    }
}
