package org.sanctions.gateway.limits;

import org.sanctions.gateway.identity.Caller;
import org.sanctions.gateway.problem.Problem;

/** The 429 and 413 problem documents of the gateway's limits. */
public final class LimitProblems {

    private LimitProblems() {
    }

    /** The client spent its token bucket. */
    public static Problem rateLimited(Caller caller, long retryAfterSeconds, String path, String requestId) {
        String who = caller.userSubject() == null ? "Client '" + caller.clientId() + "'"
                : "User '" + caller.username() + "' of client '" + caller.clientId() + "'";
        return Problem.of("rate-limited", "Too many requests", 429,
                who + " is over its request rate; retry after " + retryAfterSeconds + " s.", path, requestId);
    }

    /** The client already has as many job-starting requests in flight as it may. */
    public static Problem tooManyJobs(String clientId, String path, String requestId) {
        return Problem.of("rate-limited", "Too many jobs in flight", 429,
                "Client '" + clientId + "' already has as many uploads for jobs in progress as it may;"
                        + " retry when one has finished.", path, requestId);
    }

    /** The declared body length is above the route's limit. */
    public static Problem payloadTooLarge(long limit, String path, String requestId) {
        return Problem.of("payload-too-large", "Payload too large", 413,
                "The request body is larger than the " + limit + " bytes this endpoint accepts.", path, requestId);
    }
}
