package org.sanctions.gateway.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer tokens the OIDC extension has already verified (signature, issuer, audience, expiry), with the identity it
 * built, kept until the token expires or at most {@code gateway.identity.token-cache.ttl}. A client sends the same
 * token for minutes, so verifying it again on every call (an RSA signature check and a JSON parse, about as much
 * CPU as a screening) is work for nothing. Keyed by the whole token, so a token that differs in one byte is a miss
 * and goes through the full check; nothing is cached for a token that failed. The two attributes OIDC binds to one
 * request (its routing context and blocking-call context) are not kept: a hit gets the current request's.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** The attribute in which Quarkus OIDC puts the token's expiry, in epoch seconds. */
    static final String EXPIRE_TIME = "quarkus.identity.expire-time";
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final Cache<String, SecurityIdentity> cache;
    private final boolean enabled;

    public VerifiedTokens(@ConfigProperty(name = "gateway.identity.token-cache.max-size") long maxSize,
            @ConfigProperty(name = "gateway.identity.token-cache.ttl") Duration ttl) {
        this.enabled = maxSize > 0;
        this.cache = Caffeine.newBuilder().maximumSize(Math.max(maxSize, 0)).expireAfter(new UntilExpiry(ttl)).build();
    }

    /** The identity of a token verified before and not expired, bound to this request; null when there is none. */
    SecurityIdentity lookup(String token, RoutingContext request) {
        if (!enabled) {
            return null;
        }
        SecurityIdentity known = cache.getIfPresent(token);
        if (known == null) {
            return null;
        }
        if (expiresAt(known).isBefore(Instant.now())) {
            cache.invalidate(token);
            return null;
        }
        return QuarkusSecurityIdentity.builder(known)
                .addAttribute(ROUTING_CONTEXT, request)
                .addAttribute(REQUEST_CONTEXT, request == null ? null : request.get(REQUEST_CONTEXT))
                .build();
    }

    /** Remembers the identity the full check built for the token (without the request it came with). */
    void remember(String token, SecurityIdentity verified) {
        if (!enabled || verified.isAnonymous() || verified.getAttribute(EXPIRE_TIME) == null
                || cache.getIfPresent(token) != null) {
            return;
        }
        cache.put(token, QuarkusSecurityIdentity.builder(verified)
                .addAttribute(ROUTING_CONTEXT, null)
                .addAttribute(REQUEST_CONTEXT, null)
                .build());
    }

    /** How many verified tokens are held (for tests and metrics). */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static Instant expiresAt(SecurityIdentity identity) {
        Object exp = identity.getAttribute(EXPIRE_TIME);
        return exp instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : Instant.EPOCH;
    }

    /** An entry lives until its token expires, and never longer than the configured time. */
    private record UntilExpiry(Duration ttl) implements Expiry<String, SecurityIdentity> {

        @Override
        public long expireAfterCreate(String token, SecurityIdentity identity, long currentTime) {
            Duration left = Duration.between(Instant.now(), expiresAt(identity));
            return Math.max(0, Math.min(left.toNanos(), ttl.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
            return expireAfterCreate(token, identity, currentTime);
        }

        @Override
        public long expireAfterRead(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
