package org.sanctions.gateway.identity;

import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.oidc.runtime.TenantConfigContext;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the realm's keys are loaded, and from then on whatever happens to Keycloak (tokens are verified with
 * the keys held). Until then, each probe tries to reach Keycloak again, so that a gateway started during a
 * Keycloak outage heals by itself without sending traffic its way. Quarkus's own OIDC health check is not used:
 * it asks Keycloak on every probe, which would take every gateway out of service during a Keycloak outage.
 */
@Readiness
@ApplicationScoped
public class TokenVerificationReadiness implements AsyncHealthCheck {

    private static final Duration PROBE_BUDGET = Duration.ofSeconds(3);

    private final TenantConfigBean tenants;

    public TokenVerificationReadiness(TenantConfigBean tenants) {
        this.tenants = tenants;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        TenantConfigContext tenant = tenants.getDefaultTenant();
        Uni<Boolean> ready = tenant.ready() ? Uni.createFrom().item(true)
                : tenant.initialize().map(TenantConfigContext::ready)
                        .ifNoItem().after(PROBE_BUDGET).recoverWithItem(false)
                        .onFailure().recoverWithItem(false);
        return ready.map(up -> HealthCheckResponse.named("token-verification").status(up)
                .withData("realmKeys", up ? "loaded" : "not loaded: identity provider not reached yet").build());
    }
}
