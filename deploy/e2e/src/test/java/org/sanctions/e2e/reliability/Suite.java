package org.sanctions.e2e.reliability;

import org.junit.jupiter.api.Order;

/**
 * Where the reliability tests run in the end-to-end suite (class order by @Order, see junit-platform.properties):
 * after the browser tests, which have the default order and expect a system nobody has broken or filled with
 * thousands of events yet, and before the final audit-chain check.
 */
final class Suite {

    /** Right after every class without an @Order (they share {@link Order#DEFAULT}). */
    static final int AFTER_BROWSER_TESTS = Order.DEFAULT + 1;
    /** The very last class. */
    static final int LAST = Integer.MAX_VALUE;

    private Suite() {
    }
}
