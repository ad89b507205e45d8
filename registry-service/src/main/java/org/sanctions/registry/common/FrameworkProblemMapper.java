package org.sanctions.registry.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps framework, security and database failures to problem responses; nothing internal ever reaches the client. */
public class FrameworkProblemMapper {

    private static final Logger LOG = Logger.getLogger(FrameworkProblemMapper.class);

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return ProblemResponses.of(JsonProblems.of(json), request);
            }
            if (cause instanceof ApiException api) {
                return ProblemResponses.of(api, request);
            }
        }
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return switch (status) {
            case 400 -> problem(400, "malformed-request", "Malformed request", "The request could not be read.", request);
            case 401 -> unauthorized(request);
            case 403 -> forbidden(request);
            case 404 -> problem(404, "not-found", "Not found", "There is no resource at " + path + ".", request);
            case 405 -> problem(405, "method-not-allowed", "Method not allowed",
                    "Method " + method + " is not allowed on " + path + ".", request);
            case 406 -> problem(406, "not-acceptable", "Not acceptable",
                    "This resource cannot be represented in the media type you accept.", request);
            case 413 -> problem(413, "payload-too-large", "Payload too large", "The request body is too large.", request);
            case 415 -> problem(415, "unsupported-media-type", "Unsupported media type",
                    "Content-Type " + request.getMediaType() + " is not accepted here; send application/json.", request);
            default -> status < 500 ? problem(status, "malformed-request", "Request rejected", "The request was rejected.", request)
                    : internal(e, request);
        };
    }

    /**
     * A checked IOException here comes from reading the request body (a truncated or garbled multipart upload, a
     * client that stopped sending): the registry's own I/O failures reach the mappers wrapped and stay 500s.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, ContainerRequestContext request) {
        LOG.debugf("Unreadable request body on %s %s: %s", request.getMethod(), request.getUriInfo().getPath(),
                e.getMessage());
        return problem(400, "malformed-request", "Malformed request",
                "The request body could not be read: it ended early or is not well-formed.", request);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, ContainerRequestContext request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response denied(ForbiddenException e, ContainerRequestContext request) {
        return forbidden(request);
    }

    /** The identity provider cannot be reached, so no token can be verified: a retryable 503, not a 500. */
    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e, ContainerRequestContext request) {
        LOG.warnf("Token not verifiable, identity provider unavailable: %s", e.getMessage());
        return Response.fromResponse(problem(503, "upstream-unavailable", "Upstream unavailable",
                "The identity provider is unreachable, so the token cannot be verified; retry shortly.", request))
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, ContainerRequestContext request) {
        return ProblemResponses.of(ApiException.preconditionFailed(
                "Someone else changed this record at the same time; read it again and retry."), request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, ContainerRequestContext request) {
        return stale(null, request);
    }

    @ServerExceptionMapper
    public Response any(Throwable e, ContainerRequestContext request) {
        String state = sqlState(e);
        if ("23505".equals(state)) {
            return ProblemResponses.of(ApiException.conflict(
                    "The change conflicts with an existing record (a unique key is already taken)."), request);
        }
        if ("40001".equals(state) || "40P01".equals(state)) {
            return ProblemResponses.of(ApiException.conflict("A concurrent change collided with this one; retry."), request);
        }
        if ("55P03".equals(state)) {
            return registryBusy(request);
        }
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            return databaseUnavailable(state, request);
        }
        return internal(e, request);
    }

    /** A write waited registry.write-lock-wait for the audit chain, held by another write or a list import. */
    private static Response registryBusy(ContainerRequestContext request) {
        LOG.infof("Write refused: the audit chain stayed locked (a list import is being applied?) on %s %s",
                request.getMethod(), request.getUriInfo().getPath());
        return Response.fromResponse(problem(503, "registry-busy", "Registry busy",
                "Another change holds the audit log (a list import is being applied); nothing of this request was"
                        + " stored. Retry shortly.", request))
                .header("Retry-After", "10").build();
    }

    /** Connection refused or lost, server shutting down: a condition of the moment, which a retry may outlive. */
    private static Response databaseUnavailable(String state, ContainerRequestContext request) {
        LOG.warnf("Database unavailable (SQLSTATE %s) on %s %s", state, request.getMethod(),
                request.getUriInfo().getPath());
        return Response.fromResponse(problem(503, "upstream-unavailable", "Upstream unavailable",
                "The registry's database is unavailable; retry shortly.", request))
                .header("Retry-After", "5").build();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Response internal(Throwable e, ContainerRequestContext request) {
        LOG.errorf(e, "Unhandled failure on %s %s", request.getMethod(), request.getUriInfo().getPath());
        return problem(500, "internal-error", "Internal error",
                "The service failed to handle this request; the request id identifies it in the logs.", request);
    }

    private static Response unauthorized(ContainerRequestContext request) {
        return problem(401, "unauthorized", "Unauthorized",
                "A valid bearer token from the sanctions realm is required.", request);
    }

    private static Response forbidden(ContainerRequestContext request) {
        return problem(403, "forbidden", "Forbidden", "Your token does not carry a role allowed to do this.", request);
    }

    private static Response problem(int status, String slug, String title, String detail, ContainerRequestContext request) {
        return ProblemResponses.of(status, slug, title, detail, List.of(), request);
    }
}
