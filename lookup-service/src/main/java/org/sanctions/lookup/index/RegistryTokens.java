package org.sanctions.lookup.index;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Optional;
import org.sanctions.lookup.config.LookupConfig;

/** Bearer tokens for calls to the registry: client credentials of the lookup-service client, cached until expiry. */
@ApplicationScoped
public class RegistryTokens {

    private final LookupConfig config;
    private final Instance<OidcClient> client;
    private Tokens tokens;

    RegistryTokens(LookupConfig config, Instance<OidcClient> client) {
        this.config = config;
        this.client = client;
    }

    /** The Authorization header value, or empty when the registry is called without a token (tests, local runs). */
    public synchronized Optional<String> authorization() {
        if (!"oidc".equals(config.registry().auth())) {
            return Optional.empty();
        }
        if (tokens == null || tokens.isAccessTokenExpired()) {
            tokens = client.get().getTokens().await().atMost(Duration.ofSeconds(15));
        }
        return Optional.of("Bearer " + tokens.getAccessToken());
    }

    /** Forgets the cached token (after a 401 from the registry). */
    public synchronized void reset() {
        tokens = null;
    }
}
