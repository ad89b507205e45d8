package org.sanctions.gateway.identity;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Runs before the OIDC extension's bearer mechanism (higher priority): answers a bearer token that OIDC verified
 * before with the identity it built then ({@link VerifiedTokens}), and answers nothing for any other request, so
 * that Quarkus's HttpAuthenticator hands it to the OIDC mechanism for the full check. It never challenges (the
 * OIDC mechanism's 401 stays the only one) and names no credential transport, so that a path configured for a
 * specific mechanism selects OIDC's, never this one.
 */
@ApplicationScoped
public class CachedTokenAuthentication implements HttpAuthenticationMechanism {

    /** Above the OIDC mechanism's (DEFAULT_PRIORITY + 1 unless quarkus.oidc priority is changed). */
    static final int PRIORITY = DEFAULT_PRIORITY + 1000;
    private static final String BEARER = "Bearer ";

    private final VerifiedTokens verified;

    public CachedTokenAuthentication(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!verified.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String token = bearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        return token == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(verified.lookup(token, context));
    }

    /** The token of an {@code Authorization: Bearer} header; null for another scheme or none. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).trim();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
