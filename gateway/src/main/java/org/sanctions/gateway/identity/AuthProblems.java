package org.sanctions.gateway.identity;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import java.util.Optional;
import org.sanctions.gateway.problem.Problem;

/** The problem documents for security failures: 401, 403, and 503 while Keycloak cannot be reached. */
public final class AuthProblems {

    /** Seconds a caller should wait before retrying while the identity provider is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";

    private AuthProblems() {
    }

    /** The problem for a security failure, or empty when the failure is not about authentication or roles. */
    static Optional<Problem> forFailure(Throwable failure, String path, String requestId) {
        if (failure instanceof AuthenticationFailedException) {
            return Optional.of(invalidToken(path, requestId));
        }
        if (failure instanceof UnauthorizedException) {
            return Optional.of(missingToken(path, requestId));
        }
        if (failure instanceof ForbiddenException) {
            return Optional.of(forbidden(path, requestId));
        }
        if (failure instanceof OIDCException) {
            return Optional.of(identityProviderUnavailable(path, requestId));
        }
        return Optional.empty();
    }

    public static Problem missingToken(String path, String requestId) {
        return Problem.of("unauthorized", "Unauthorized", 401,
                "A bearer access token from the sanctions realm is required.", path, requestId);
    }

    public static Problem invalidToken(String path, String requestId) {
        return Problem.of("unauthorized", "Unauthorized", 401,
                "The bearer token was rejected: it is malformed, expired, or not issued by the sanctions realm"
                        + " for this API.", path, requestId);
    }

    /** Without the realm's keys no token can be checked: a temporary outage, not the caller's fault (not 500). */
    public static Problem identityProviderUnavailable(String path, String requestId) {
        return Problem.of("upstream-unavailable", "Service Unavailable", 503,
                "The identity provider cannot be reached to verify the token; try again shortly.", path, requestId);
    }

    public static Problem forbidden(String path, String requestId) {
        return Problem.of("forbidden", "Forbidden", 403,
                "The token is valid but carries no role that may use this endpoint.", path, requestId);
    }
}
