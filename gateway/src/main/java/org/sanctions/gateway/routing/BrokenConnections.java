package org.sanctions.gateway.routing;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;

/**
 * Tells a connection that broke before the service answered (closed, reset or refused) from a service that was too
 * slow: the first is what a pooled connection the service has just closed looks like, and is worth one more try on a
 * fresh connection; the second may be a request still being carried out and is never repeated.
 */
final class BrokenConnections {

    private BrokenConnections() {
    }

    /** Whether the failure is a broken connection rather than a timeout. */
    static boolean isBroken(Throwable failure) {
        if (UpstreamProblems.isTimeout(failure)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
