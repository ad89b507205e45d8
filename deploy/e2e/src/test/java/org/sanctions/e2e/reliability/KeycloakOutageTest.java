package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;
import org.sanctions.e2e.reliability.Http.Reply;
import org.sanctions.testkit.Tokens;

/**
 * Keycloak stopped: tokens issued before keep working at the gateway and in the services behind it (they verify with
 * the keys they fetched earlier), including a token never used before the outage; new logins fail at once instead
 * of hanging, and requests without a valid token are still refused with a problem document.
 */
@Order(Suite.AFTER_BROWSER_TESTS)
@ExtendWith(SystemExtension.class)
class KeycloakOutageTest {

    private static final Duration PROMPT = Duration.ofSeconds(15);
    private static final Duration RECOVERY = Duration.ofSeconds(120);

    private RunningSystem system;

    @Test
    void tokensIssuedBeforeTheOutageKeepWorkingAndNewLoginsFailCleanly(RunningSystem system) {
        this.system = system;
        Api api = new Api(system);
        String canaryName = Api.uniqueName("Keycloak canary");
        String canary = api.listedParty(canaryName);
        api.awaitScreenable(canaryName, canary, RECOVERY);
        String unusedAuditor = Tokens.user("auditor"); // issued now, first presented during the outage
        String foreignIssuer = Tokens.masterAdmin();
        api.token("officer");

        system.keycloak().stop();
        try {
            Reply screening = api.screen(api.token("bank"), canaryName);
            assertThat(Api.occurrences(screening, canary)).as(screening.describe()).isEqualTo(1);
            Reply read = api.get("officer", "/api/v1/parties/" + canary);
            assertThat(read.status()).as(read.describe()).isEqualTo(200);
            Reply direct = Http.send(Http.request("POST", system.service("lookup-service").baseUrl()
                    + "/api/v1/screenings", api.token("bank"), Http.json(Map.of("name", canaryName)),
                    Map.of("Content-Type", "application/json"), Api.TIMEOUT));
            assertThat(direct.status()).as("lookup service checks the token itself: " + direct.describe())
                    .isEqualTo(200);
            Reply firstUse = Http.send(Http.request("GET", api.gatewayUrl() + "/api/v1/parties?limit=1",
                    unusedAuditor, null, Map.of(), Api.TIMEOUT));
            assertThat(firstUse.status()).as(firstUse.describe()).isEqualTo(200);
            String writtenName = Api.uniqueName("Written during Keycloak outage");
            api.awaitScreenable(writtenName, api.listedParty(writtenName), RECOVERY);

            assertNewLoginFailsPromptly();
            Problems.assertProblem(refusedWithin(api, null), 401);
            Problems.assertProblem(refusedWithin(api, foreignIssuer), 401, 503);
            Problems.assertProblem(refusedWithin(api, "not-a-jwt"), 401);
        } finally {
            system.keycloak().restart();
        }
        Waits.until(RECOVERY, () -> "a new login after Keycloak came back", () -> {
            try {
                return !Tokens.user("officer").isEmpty();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private static void assertNewLoginFailsPromptly() {
        Instant start = Instant.now();
        assertThatThrownBy(() -> Tokens.user("officer")).as("login with Keycloak down").isInstanceOf(RuntimeException.class);
        assertThat(Duration.between(start, Instant.now())).as("login failure is prompt").isLessThan(PROMPT);
    }

    private static Reply refusedWithin(Api api, String token) {
        Reply reply = Http.send(Http.request("GET", api.gatewayUrl() + "/api/v1/parties?limit=1", token, null,
                Map.of(), PROMPT));
        assertThat(reply.failure()).as("answered within " + PROMPT + ": " + reply.describe()).isNull();
        return reply;
    }

    @AfterEach
    void keycloakRuns() {
        if (system != null && !system.keycloak().isRunning()) {
            system.keycloak().restart();
        }
    }
}
