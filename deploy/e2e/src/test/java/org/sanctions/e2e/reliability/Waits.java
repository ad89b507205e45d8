package org.sanctions.e2e.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polling with a deadline: every wait in these tests ends, with a message saying what did not happen. */
final class Waits {

    private static final long PAUSE_MILLIS = 250;

    private Waits() {
    }

    /** Polls the condition until it holds; fails with the description after the timeout. */
    static void until(Duration timeout, Supplier<String> what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what.get());
            }
            sleep(PAUSE_MILLIS);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
