package org.sanctions.e2e.reliability;

import java.time.Duration;
import java.util.List;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.testkit.Tokens;

/**
 * Waits until the whole system works again after a fault, by itself: every service ready and Keycloak issuing new
 * tokens (it shares the PostgreSQL server, so a database outage breaks its connections too). Tests call it before
 * they end, so that the next test starts from a working system.
 */
final class Recovery {

    private static final List<String> SERVICES = List.of("registry-service", "lookup-service", "gateway");

    private Recovery() {
    }

    static void awaitSystem(RunningSystem system, Duration timeout) {
        for (String module : SERVICES) {
            Health.awaitReady(system.service(module).healthUrl(), timeout);
        }
        Waits.until(timeout, () -> "a new login (Keycloak's database connections came back)", () -> {
            try {
                return !Tokens.user("officer").isEmpty();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }
}
