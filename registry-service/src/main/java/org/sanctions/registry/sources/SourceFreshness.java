package org.sanctions.registry.sources;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanctions.registry.common.Timestamps;

/**
 * How old each scheduled source's last successful check is, against its SLA: the data of the {@code list-freshness}
 * health checks and the gauge {@code registry_source_age_seconds{source}} (NaN for a source never checked).
 */
@ApplicationScoped
class SourceFreshness {

    /** One scheduled source: when it was last checked and how old that may be. */
    record Age(Instant lastCheckedAt, Duration sla) {

        Duration age(Instant now) {
            return lastCheckedAt == null ? null : Duration.between(lastCheckedAt, now);
        }

        boolean stale(Instant now) {
            return lastCheckedAt == null || age(now).compareTo(sla) > 0;
        }
    }

    private final SourceRepository sources;
    private final MeterRegistry meters;
    private final Map<String, Age> ages = new ConcurrentHashMap<>();

    SourceFreshness(SourceRepository sources, MeterRegistry meters) {
        this.sources = sources;
        this.meters = meters;
    }

    /** Reads the sources again (the schedule calls this each tick; the checks call it too). */
    void refresh() {
        Map<String, Age> now = new LinkedHashMap<>();
        for (ListSourceEntity source : sources.all()) {
            if (source.every != null) {
                now.put(source.id, new Age(source.lastCheckedAt, SourceService.sla(source)));
                if (!ages.containsKey(source.id)) {
                    Gauge.builder("registry_source_age_seconds", ages, a -> seconds(a.get(source.id)))
                            .tag("source", source.id).description("Seconds since the last successful check of the"
                                    + " list source").register(meters);
                }
            }
        }
        ages.keySet().retainAll(now.keySet());
        ages.putAll(now);
    }

    private static double seconds(Age age) {
        Duration d = age == null ? null : age.age(Timestamps.now());
        return d == null ? Double.NaN : d.toMillis() / 1000.0;
    }

    /** Per scheduled source: "fresh: 2m <= 24h", "stale: 26h > 24h" or "stale: never checked". */
    Map<String, String> report() {
        refresh();
        Instant now = Timestamps.now();
        Map<String, String> out = new LinkedHashMap<>();
        ages.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.put(e.getKey(),
                describe(e.getValue(), now)));
        return out;
    }

    boolean anyStale() {
        Instant now = Timestamps.now();
        return ages.values().stream().anyMatch(a -> a.stale(now));
    }

    private static String describe(Age age, Instant now) {
        if (age.lastCheckedAt() == null) {
            return "stale: never checked";
        }
        Duration d = age.age(now);
        return (age.stale(now) ? "stale: " + human(d) + " > " : "fresh: " + human(d) + " <= ") + human(age.sla());
    }

    private static String human(Duration d) {
        if (d.toHours() >= 1) {
            return d.toHours() + "h";
        }
        return d.toMinutes() >= 1 ? d.toMinutes() + "m" : d.toSeconds() + "s";
    }
}
