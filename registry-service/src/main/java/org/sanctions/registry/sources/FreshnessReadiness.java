package org.sanctions.registry.sources;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code list-freshness} in readiness: always UP (a stale list must not take the registry out of service), with the
 * age of each scheduled source against its SLA as data; {@link FreshnessWellness} is the one that goes DOWN.
 */
@Readiness
@ApplicationScoped
class FreshnessReadiness implements HealthCheck {

    static final String NAME = "list-freshness";

    private final SourceFreshness freshness;

    FreshnessReadiness(SourceFreshness freshness) {
        this.freshness = freshness;
    }

    @Override
    public HealthCheckResponse call() {
        return report(freshness, HealthCheckResponse.named(NAME)).up().build();
    }

    static HealthCheckResponseBuilder report(SourceFreshness freshness, HealthCheckResponseBuilder builder) {
        freshness.report().forEach(builder::withData);
        return builder;
    }
}
