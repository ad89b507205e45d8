package org.sanctions.registry.sources;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.Wellness;

/** {@code list-freshness} in wellness ({@code /q/health/well}): DOWN while any scheduled source is stale. */
@Wellness
@ApplicationScoped
class FreshnessWellness implements HealthCheck {

    private final SourceFreshness freshness;

    FreshnessWellness(SourceFreshness freshness) {
        this.freshness = freshness;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = FreshnessReadiness.report(freshness, HealthCheckResponse.named(FreshnessReadiness.NAME));
        return builder.status(!freshness.anyStale()).build();
    }
}
