package org.sanctions.gateway.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens the OIDC extension has verified (signature, issuer, audience, expiry) with the identity it built,
 * kept until the token expires and at most {@code gateway.token-cache.max-lifetime}. A client sends the same token
 * for minutes; verifying it again on every call (a JSON parse and an RSA signature check) costs as much CPU as the
 * forwarding. Keyed by the SHA-256 of the whole token, so a token that differs in one byte is a miss and gets the
 * full check; a token that failed is never here (only {@link VerifiedTokenAugmentor} adds, after a success). The
 * two request-bound attributes OIDC puts in an identity are dropped when kept and bound to the current request on
 * a hit.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** The attribute in which Quarkus OIDC puts the token's expiry, in epoch seconds. */
    static final String EXPIRE_TIME = "quarkus.identity.expire-time";
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final int maxSize;
    private final Duration maxLifetime;
    private final Clock clock;
    private Counter hits;
    private Counter misses;

    @Inject
    VerifiedTokens(TokenCacheConfig config, MeterRegistry registry) {
        this(config.enabled(), config.maxSize(), config.maxLifetime(), Clock.systemUTC());
        hits = registry.counter("gateway.token.cache", "result", "hit");
        misses = registry.counter("gateway.token.cache", "result", "miss");
        registry.gaugeMapSize("gateway.token.cache.size", List.of(), entries);
    }

    VerifiedTokens(boolean enabled, int maxSize, Duration maxLifetime, Clock clock) {
        this.enabled = enabled && maxSize > 0;
        this.maxSize = maxSize;
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    boolean enabled() {
        return enabled;
    }

    /** The identity of a token verified before that has not expired, bound to this request; null otherwise. */
    SecurityIdentity lookup(String token, RoutingContext request) {
        String key = hash(token);
        Entry entry = entries.get(key);
        if (entry != null && !clock.instant().isBefore(entry.until())) {
            entries.remove(key, entry);
            entry = null;
        }
        count(entry != null ? hits : misses);
        if (entry == null) {
            return null;
        }
        return QuarkusSecurityIdentity.builder(entry.identity())
                .addAttribute(ROUTING_CONTEXT, request)
                .addAttribute(REQUEST_CONTEXT, request == null ? null : request.get(REQUEST_CONTEXT))
                .build();
    }

    /** Keeps the identity the full check built for the token, without the request it came with. */
    void remember(String token, SecurityIdentity verified) {
        if (!enabled || verified.isAnonymous() || !(verified.getAttribute(EXPIRE_TIME) instanceof Number exp)) {
            return;
        }
        Instant now = clock.instant();
        Instant until = min(Instant.ofEpochSecond(exp.longValue()), now.plus(maxLifetime));
        if (!now.isBefore(until) || !roomFor(now)) {
            return;
        }
        entries.putIfAbsent(hash(token), new Entry(QuarkusSecurityIdentity.builder(verified)
                .addAttribute(ROUTING_CONTEXT, null)
                .addAttribute(REQUEST_CONTEXT, null)
                .build(), until));
    }

    /** How many tokens are held. */
    int size() {
        return entries.size();
    }

    /** Whether one more token fits, after dropping the expired ones when the cache is full. */
    private boolean roomFor(Instant now) {
        if (entries.size() < maxSize) {
            return true;
        }
        entries.values().removeIf(entry -> !now.isBefore(entry.until()));
        return entries.size() < maxSize;
    }

    private static void count(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A verified identity and the instant from which it is no longer answered. */
    private record Entry(SecurityIdentity identity, Instant until) {
    }
}
