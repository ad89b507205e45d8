package org.sanctions.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Per-client token buckets, keyed by the client id of the verified token (azp). */
@ApplicationScoped
public class RateLimiter {

    private final LimitsConfig config;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(LimitsConfig config) {
        this(config, System::nanoTime);
    }

    RateLimiter(LimitsConfig config, LongSupplier clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Counts one request of the client: 0 when it may go on, else the whole seconds (at least 1) it should wait
     * before retrying. Client ids come from verified tokens only, so the map stays as small as the realm's clients.
     */
    public long acquire(String clientId) {
        long now = clock.getAsLong();
        TokenBucket bucket = buckets.computeIfAbsent(clientId, id -> newBucket(id, now));
        long waitNanos = bucket.take(now);
        return waitNanos == 0 ? 0 : Math.max(1, (long) Math.ceil(waitNanos / 1e9));
    }

    private TokenBucket newBucket(String clientId, long now) {
        LimitsConfig.Client own = config.clients().get(clientId);
        double perSecond = own == null ? config.perSecond() : own.perSecond().orElse(config.perSecond());
        int burst = own == null ? config.burst() : own.burst().orElse(config.burst());
        return new TokenBucket(perSecond, burst, now);
    }
}
