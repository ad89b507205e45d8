package org.sanctions.e2e.reliability;

import java.time.Duration;
import java.util.Map;
import org.sanctions.e2e.reliability.Http.Reply;

/** A service's readiness as its /q/health/ready says it (the lookup service: UP only with its index loaded). */
final class Health {

    private Health() {
    }

    static Reply readiness(String serviceUrl) {
        return Http.send(Http.request("GET", serviceUrl + "/q/health/ready", null, null,
                Map.of("Accept", "application/json"), Duration.ofSeconds(10)));
    }

    static void awaitReady(String serviceUrl, Duration timeout) {
        Reply[] last = new Reply[1];
        Waits.until(timeout, () -> serviceUrl + " ready; last: " + last[0].describe(), () -> {
            last[0] = readiness(serviceUrl);
            return last[0].status() == 200;
        });
    }
}
