package org.sanctions.registry.sources;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanctions.registry.common.Timestamps;

/**
 * The scheduled check: every {@code registry.sources.tick} it checks each scheduled source whose {@code every} has
 * passed since its last attempt (in this process); a tick still running when the next is due makes that one skip.
 */
@ApplicationScoped
class SourceSchedule {

    private final SourceRepository sources;
    private final SourceFetcher fetcher;
    private final SourceFreshness freshness;
    private final Map<String, Instant> attempted = new ConcurrentHashMap<>();

    SourceSchedule(SourceRepository sources, SourceFetcher fetcher, SourceFreshness freshness) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.freshness = freshness;
    }

    @Scheduled(identity = "list-sources", every = "${registry.sources.tick:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        Instant now = Timestamps.now();
        for (ListSourceEntity source : sources.all()) {
            if (source.every != null && due(source, now)) {
                attempted.put(source.id, now);
                fetcher.fetch(source.id);
            }
        }
        freshness.refresh();
    }

    private boolean due(ListSourceEntity source, Instant now) {
        Instant last = attempted.get(source.id);
        return last == null || !now.isBefore(last.plus(Duration.parse(source.every)));
    }
}
