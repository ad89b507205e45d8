package org.sanctions.gateway.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sanctions.gateway.problem.Problem;
import org.sanctions.gateway.problem.ProblemResponder;

/** Problem documents for security failures raised inside REST endpoints (@Authenticated, @RolesAllowed). */
public class AuthExceptionMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return respond(AuthProblems.missingToken(path(uri), requestId(headers)));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return respond(AuthProblems.invalidToken(path(uri), requestId(headers)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(AuthProblems.forbidden(path(uri), requestId(headers)));
    }

    private static Response respond(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, ProblemResponder.BEARER_CHALLENGE);
        }
        return response.build();
    }

    private static String path(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String requestId(HttpHeaders headers) {
        return headers.getHeaderString("X-Request-Id");
    }
}
