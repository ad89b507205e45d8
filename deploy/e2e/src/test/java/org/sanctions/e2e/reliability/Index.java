package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.reliability.Http.Reply;

/** The lookup service's screening index as its readiness check reports it, compared with the registry. */
final class Index {

    private Index() {
    }

    /** The data of the screening-index check (listVersion, parties, stale, ...), or a missing node. */
    static JsonNode state(Reply readiness) {
        JsonNode body = readiness.json();
        if (body != null) {
            for (JsonNode check : body.path("checks")) {
                if ("screening-index".equals(check.path("name").asText())) {
                    return check.path("data");
                }
            }
        }
        return MissingNode.getInstance();
    }

    /**
     * Waits until the index reflects the registry exactly: as many parties as the registry stores (a duplicate or a
     * missed party would differ) and no event in the feed after the sequence the index says it reflects (no gap).
     */
    static void awaitCaughtUp(RunningSystem system, Api api, Store store, Duration timeout) {
        String lookup = system.service("lookup-service").baseUrl();
        String[] last = {"nothing yet"};
        Waits.until(timeout, () -> "index caught up with the registry: " + last[0], () -> {
            JsonNode index = state(Health.readiness(lookup));
            long parties = store.parties();
            Reply newer = api.get("auditor", "/api/v1/changes?limit=10&after=" + index.path("listVersion").asLong());
            JsonNode events = newer.json() == null ? null : newer.json().path("events");
            last[0] = "index " + index + ", registry parties " + parties + ", feed after it: " + newer.describe();
            return index.path("parties").asLong() == parties && newer.status() == 200 && events != null
                    && events.isEmpty();
        });
    }
}
