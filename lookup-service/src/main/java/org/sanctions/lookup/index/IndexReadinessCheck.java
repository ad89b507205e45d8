package org.sanctions.lookup.index;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the index is loaded; afterwards stays ready while reporting how stale the index is. */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

    private final IndexState state;

    IndexReadinessCheck(IndexState state) {
        this.state = state;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("screening-index").status(state.loaded())
                .withData("listVersion", state.listVersion())
                .withData("parties", state.index().partyCount())
                .withData("names", state.index().nameCount())
                .withData("stale", state.stale())
                .withData("secondsSinceSync", state.secondsSinceSync());
        if (state.syncedAt() != null) {
            b.withData("syncedAt", state.syncedAt().toString());
        }
        if (state.lastError() != null) {
            b.withData("lastError", state.lastError());
        }
        return b.build();
    }
}
