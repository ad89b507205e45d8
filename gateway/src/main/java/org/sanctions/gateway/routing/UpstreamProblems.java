package org.sanctions.gateway.routing;

import io.netty.channel.ConnectTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.sanctions.gateway.problem.Problem;

/** The problem documents for a service that could not answer: 502 when unreachable, 504 when too slow. */
final class UpstreamProblems {

    private UpstreamProblems() {
    }

    /** The problem for a failed forward; the cause's message is never shown (it names internal hosts). */
    static Problem forFailure(Throwable failure, Upstream upstream, String path, String requestId) {
        String service = upstream.name().toLowerCase(Locale.ROOT) + " service";
        if (isTimeout(failure)) {
            return Problem.of("upstream-timeout", "Upstream timeout", 504,
                    "The " + service + " did not answer in time. The request may or may not have been carried out;"
                            + " retry only if it is safe to repeat.", path, requestId);
        }
        return Problem.of("upstream-unavailable", "Upstream unavailable", 502,
                "The " + service + " is not reachable at the moment. Retry later.", path, requestId);
    }

    /** Whether the forward failed because the service was too slow (to connect or to answer). */
    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
