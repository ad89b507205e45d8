package org.sanctions.gateway.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sanctions.testkit.Tokens;

/**
 * The callers of the authorization matrix with the realm roles the realm export gives them, and their real
 * tokens from the test Keycloak (reused for a few minutes: they live ten).
 */
public enum DemoCaller {
    EDITOR(() -> Tokens.user("editor"), "registry-editor", "compliance-officer"),
    OFFICER(() -> Tokens.user("officer"), "compliance-officer"),
    AUDITOR(() -> Tokens.user("auditor"), "auditor"),
    BANK_DEMO(Tokens::bankDemo, "screening-client"),
    ANALYST(() -> Tokens.user("analyst"), "alert-analyst"),
    REVIEWER(() -> Tokens.user("reviewer"), "alert-reviewer"),
    LOOKUP_SERVICE(Tokens::lookupService, "feed-reader"),
    NO_TOKEN(null);

    private static final Duration REUSE = Duration.ofMinutes(4);
    private static final Map<DemoCaller, Issued> TOKENS = new ConcurrentHashMap<>();

    private record Issued(String token, Instant at) {
    }

    private final Supplier<String> issuer;
    private final Set<String> roles;

    DemoCaller(Supplier<String> issuer, String... roles) {
        this.issuer = issuer;
        this.roles = Set.of(roles);
    }

    /** The realm roles the caller's token carries. */
    public Set<String> roles() {
        return roles;
    }

    /** A valid access token, or null for {@link #NO_TOKEN}. */
    public String token() {
        if (issuer == null) {
            return null;
        }
        Issued issued = TOKENS.compute(this, (caller, current) -> current != null
                && current.at().plus(REUSE).isAfter(Instant.now()) ? current : new Issued(issuer.get(), Instant.now()));
        return issued.token();
    }
}
