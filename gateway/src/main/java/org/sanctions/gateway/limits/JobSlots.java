package org.sanctions.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts each client's job-starting requests in flight (uploads to imports and screening jobs). */
@ApplicationScoped
public class JobSlots {

    private final LimitsConfig config;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    public JobSlots(LimitsConfig config) {
        this.config = config;
    }

    /** Takes a slot if the client has one free; every successful call must be matched by {@link #release}. */
    public boolean tryAcquire(String clientId) {
        int max = limit(clientId);
        AtomicInteger count = inFlight.computeIfAbsent(clientId, id -> new AtomicInteger());
        while (true) {
            int current = count.get();
            if (current >= max) {
                return false;
            }
            if (count.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Gives a slot back when the request has ended, however it ended. */
    public void release(String clientId) {
        inFlight.get(clientId).decrementAndGet();
    }

    private int limit(String clientId) {
        LimitsConfig.Client own = config.clients().get(clientId);
        return own == null ? config.jobsInFlight() : own.jobsInFlight().orElse(config.jobsInFlight());
    }
}
