package org.sanctions.lookup;

import java.time.Duration;
import org.awaitility.Awaitility;

/** Retries an assertion until it passes or the time is up (Awaitility; the last failure is the cause). */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration limit, Runnable assertion) {
        // in the test's thread: an attempt begun before the deadline runs to its end instead of being abandoned
        Awaitility.await().atMost(limit).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).untilAsserted(assertion::run);
    }
}
