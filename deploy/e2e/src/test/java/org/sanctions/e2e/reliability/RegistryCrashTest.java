package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;
import org.sanctions.e2e.reliability.Http.Reply;

/**
 * The registry killed with SIGKILL while the lookup service serves: screening goes on from the last state of the index
 * and says it is stale; after the registry is started again the index catches up with no gap and no duplicate.
 */
@Order(Suite.AFTER_BROWSER_TESTS)
@ExtendWith(SystemExtension.class)
class RegistryCrashTest {

    private static final String REGISTRY = "registry-service";
    /** The harness runs the lookup service with a 15 s staleness bound (RunningSystem). */
    private static final Duration STALE_WITHIN = Duration.ofSeconds(60);
    private static final Duration RECOVERY = Duration.ofSeconds(180);

    private RunningSystem system;

    @Test
    void screeningGoesOnStaleWhileTheRegistryIsDownAndCatchesUpAfterItsRestart(RunningSystem system) {
        this.system = system;
        Api api = new Api(system);
        Store store = new Store(system);
        String canaryName = Api.uniqueName("Crash canary");
        String canary = api.listedParty(canaryName);
        api.awaitScreenable(canaryName, canary, RECOVERY);
        // written just before the crash: the lookup service may not have read them from the feed yet
        Map<String, String> lastWritten = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String name = Api.uniqueName("Crash burst");
            lastWritten.put(api.listedParty(name), name);
        }
        system.kill(REGISTRY);

        Reply during = api.screen(api.token("bank"), canaryName);
        assertThat(during.status()).as(during.describe()).isEqualTo(200);
        assertThat(Api.occurrences(during, canary)).as("canary screened once while the registry is down").isEqualTo(1);
        Reply[] stale = new Reply[1];
        Waits.until(STALE_WITHIN, () -> "a screening reporting a stale index: " + stale[0].describe(), () -> {
            stale[0] = api.screen(api.token("bank"), canaryName);
            return stale[0].status() == 200 && stale[0].json().path("index").path("stale").asBoolean();
        });
        assertThat(Api.occurrences(stale[0], canary)).as("stale screening still finds the canary").isEqualTo(1);
        JsonNode index = Index.state(Health.readiness(system.service("lookup-service").baseUrl()));
        assertThat(index.path("stale").asBoolean()).as("readiness data says stale: " + index).isTrue();
        Problems.assertProblem(api.get("officer", "/api/v1/parties?limit=1"), 502, 503, 504);
        Report.line("registry-kill", "screening answered while registry down, stale after %s s, index %s",
                stale[0].json().path("index").path("secondsSinceSync").asText(), index);

        system.relaunch(REGISTRY).awaitReady();
        String afterName = Api.uniqueName("After crash");
        String after = api.listedParty(afterName);
        api.awaitScreenable(afterName, after, RECOVERY);
        lastWritten.forEach((id, name) -> assertThat(Api.occurrences(api.screen(api.token("bank"), name), id))
                .as("party written just before the crash screenable exactly once: " + name).isEqualTo(1));
        Index.awaitCaughtUp(system, api, store, RECOVERY);
        Reply fresh = api.screen(api.token("bank"), afterName);
        assertThat(fresh.json().path("index").path("stale").asBoolean()).as(fresh.describe()).isFalse();
    }

    @AfterEach
    void registryRuns() {
        if (system != null) {
            system.ensureRunning(REGISTRY);
        }
    }
}
