package org.sanctions.gateway.identity;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs after every successful authentication by the OIDC provider (lowest priority, so after any other augmentor)
 * and hands the identity of the verified bearer token to {@link VerifiedTokens}. Changes nothing in the identity.
 * A cache hit ({@link CachedTokenAuthentication}) does not come here: it goes through no identity provider.
 */
@ApplicationScoped
public class VerifiedTokenAugmentor implements SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    public VerifiedTokenAugmentor(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            verified.remember(token.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
