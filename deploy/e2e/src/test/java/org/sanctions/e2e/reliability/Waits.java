package org.sanctions.e2e.reliability;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Polling with a deadline (Awaitility, polled on the test's own thread so that the counters the conditions keep
 * stay plain): every wait in these tests ends, with a message saying what did not happen.
 */
final class Waits {

    private static final long PAUSE_MILLIS = 250;

    private Waits() {
    }

    /** Polls the condition until it holds; fails with the description after the timeout. */
    static void until(Duration timeout, Supplier<String> what, BooleanSupplier condition) {
        try {
            Awaitility.await().atMost(timeout).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(PAUSE_MILLIS)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what.get(), e);
        }
    }

    /** Holds an outage or a pause for a fixed time (not a wait for a condition: that is {@link #until}). */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
