package org.sanctions.gateway.identity;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import java.util.Optional;
import org.sanctions.gateway.problem.Problem;

/** The 401 and 403 problem documents, and which security failures they stand for. */
public final class AuthProblems {

    private AuthProblems() {
    }

    /** Seconds a caller is asked to wait when tokens cannot be verified for want of the identity provider. */
    static final int IDENTITY_PROVIDER_RETRY_AFTER = 10;

    /** The problem for a security failure, or empty when the failure is not about authentication or roles. */
    static Optional<Problem> forFailure(Throwable failure, String path, String requestId) {
        if (failure instanceof OIDCException) {
            // the realm's keys were never loaded (Keycloak unreachable since start): no token can be checked
            return Optional.of(identityProviderUnavailable(path, requestId));
        }
        if (failure instanceof AuthenticationFailedException) {
            return Optional.of(invalidToken(path, requestId));
        }
        if (failure instanceof UnauthorizedException) {
            return Optional.of(missingToken(path, requestId));
        }
        if (failure instanceof ForbiddenException) {
            return Optional.of(forbidden(path, requestId));
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

    static Problem identityProviderUnavailable(String path, String requestId) {
        return Problem.of("upstream-unavailable", "Identity provider unavailable", 503,
                "The gateway cannot verify tokens until it has reached the identity provider (Keycloak) once."
                        + " Retry later.", path, requestId);
    }

    public static Problem forbidden(String path, String requestId) {
        return Problem.of("forbidden", "Forbidden", 403,
                "The token is valid but carries no role that may use this endpoint.", path, requestId);
    }
}
