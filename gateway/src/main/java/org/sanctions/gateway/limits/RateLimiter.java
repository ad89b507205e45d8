package org.sanctions.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client, keyed by the client id of the verified token (azp), and per user of a client: a request
 * of a user takes a token from the user's own bucket first, then from the client's, so that one user of a shared
 * client cannot exhaust it for the others while the client as a whole keeps its limit.
 */
@ApplicationScoped
public class RateLimiter {

    private final LimitsConfig config;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Map<UserKey, TokenBucket> userBuckets = new ConcurrentHashMap<>();

    private record UserKey(String clientId, String subject) {
    }

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
        return acquire(clientId, null);
    }

    /**
     * Counts one request of a user ({@code subject}, the token's sub) of a client, or of the client itself when
     * {@code subject} is null (a machine client): 0 when it may go on, else the whole seconds to wait. Subjects come
     * from verified tokens only, so the map stays as small as the realm's active users.
     */
    public long acquire(String clientId, String subject) {
        long now = clock.getAsLong();
        if (subject != null) {
            TokenBucket own = userBuckets.computeIfAbsent(new UserKey(clientId, subject),
                    key -> new TokenBucket(config.perUser().perSecond(), config.perUser().burst(), now));
            long waitNanos = own.take(now);
            if (waitNanos > 0) {
                return seconds(waitNanos);
            }
        }
        TokenBucket bucket = buckets.computeIfAbsent(clientId, id -> newBucket(id, now));
        long waitNanos = bucket.take(now);
        return waitNanos == 0 ? 0 : seconds(waitNanos);
    }

    private static long seconds(long waitNanos) {
        return Math.max(1, (long) Math.ceil(waitNanos / 1e9));
    }

    private TokenBucket newBucket(String clientId, long now) {
        LimitsConfig.Client own = config.clients().get(clientId);
        double perSecond = own == null ? config.perSecond() : own.perSecond().orElse(config.perSecond());
        int burst = own == null ? config.burst() : own.burst().orElse(config.burst());
        return new TokenBucket(perSecond, burst, now);
    }
}
