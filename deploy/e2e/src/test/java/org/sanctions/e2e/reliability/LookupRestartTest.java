package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;
import org.sanctions.e2e.reliability.Http.Reply;

/**
 * The lookup service restarted while the registry is down, then the registry started again: the lookup service stays
 * not ready and refuses every screening until it has loaded its index, and then answers from the whole list.
 */
@Order(Suite.AFTER_BROWSER_TESTS)
@ExtendWith(SystemExtension.class)
class LookupRestartTest {

    private static final String REGISTRY = "registry-service";
    private static final String LOOKUP = "lookup-service";
    /** How long the restarted lookup service is watched, once it listens, with no registry to load from. */
    private static final Duration WATCH_WITHOUT_REGISTRY = Duration.ofSeconds(15);
    private static final Duration RECOVERY = Duration.ofSeconds(180);

    private RunningSystem system;

    @Test
    void restartedLookupAnswersNoScreeningBeforeItsIndexIsLoaded(RunningSystem system) {
        this.system = system;
        Api api = new Api(system);
        String bank = api.token("bank");
        String canaryName = Api.uniqueName("Restart canary");
        String canary = api.listedParty(canaryName);
        api.awaitScreenable(canaryName, canary, RECOVERY);

        system.kill(REGISTRY);
        system.kill(LOOKUP);
        String lookup = system.relaunch(LOOKUP).baseUrl();
        int refusedWithoutRegistry = watchUnready(api, bank, canaryName, lookup);

        system.relaunch(REGISTRY);
        int[] refusedWhileLoading = {0};
        Waits.until(RECOVERY, () -> "lookup ready after the registry came back", () -> {
            Reply screening = api.screen(bank, canaryName);
            if (screening.status() == 200) {
                assertThat(Api.occurrences(screening, canary)).as("first answers come from the whole index: "
                        + screening.describe()).isEqualTo(1);
            } else {
                Problems.assertProblem(screening, 502, 503, 504);
                refusedWhileLoading[0]++;
            }
            Reply ready = Health.readiness(lookup);
            if (ready.status() == 200) {
                assertThat(Index.state(ready).path("parties").asLong()).as("ready with parties").isPositive();
            }
            return ready.status() == 200 && screening.status() == 200;
        });
        Report.line("lookup-restart", "screenings refused: %d while the registry was down, %d while loading",
                refusedWithoutRegistry, refusedWhileLoading[0]);
        system.service(REGISTRY).awaitReady();
        Index.awaitCaughtUp(system, api, new Store(system), RECOVERY);
    }

    /** Until the new process has listened for a while: never ready, never a screening answered. */
    private static int watchUnready(Api api, String bank, String canaryName, String lookup) {
        Instant listeningSince = null;
        Instant deadline = Instant.now().plus(RECOVERY);
        int refused = 0;
        while (listeningSince == null || Instant.now().isBefore(listeningSince.plus(WATCH_WITHOUT_REGISTRY))) {
            assertThat(Instant.now()).as("lookup service listening again").isBefore(deadline);
            Reply ready = Health.readiness(lookup);
            assertThat(ready.status()).as("readiness without an index: " + ready.describe()).isNotEqualTo(200);
            if (ready.status() != 0 && listeningSince == null) {
                listeningSince = Instant.now();
            }
            if (ready.status() == 503) {
                JsonNode index = Index.state(ready);
                assertThat(index.path("parties").asLong()).as("index while not ready: " + index).isZero();
            }
            Reply screening = api.screen(bank, canaryName);
            Problems.assertProblem(screening, 502, 503, 504);
            refused++;
            Waits.sleep(500);
        }
        return refused;
    }

    @AfterEach
    void servicesRun() {
        if (system != null) {
            system.ensureRunning(REGISTRY);
            system.ensureRunning(LOOKUP);
        }
    }
}
