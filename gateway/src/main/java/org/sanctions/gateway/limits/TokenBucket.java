package org.sanctions.gateway.limits;

/** A token bucket: {@code capacity} requests at once, refilled at {@code perSecond}; time is passed in. */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long lastRefill;

    TokenBucket(double perSecond, int capacity, long nowNanos) {
        if (perSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs perSecond > 0 and burst >= 1");
        }
        this.perSecond = perSecond;
        this.capacity = capacity;
        this.tokens = capacity;
        this.lastRefill = nowNanos;
    }

    /** Takes one token: 0 when granted, else how many nanoseconds until one will be available. */
    synchronized long take(long nowNanos) {
        double elapsed = Math.max(0, nowNanos - lastRefill) / NANOS_PER_SECOND;
        tokens = Math.min(capacity, tokens + elapsed * perSecond);
        lastRefill = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perSecond * NANOS_PER_SECOND);
    }
}
