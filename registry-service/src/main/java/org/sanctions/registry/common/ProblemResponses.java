package org.sanctions.registry.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds application/problem+json responses with the request's path and request id filled in. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ApiException e, ContainerRequestContext request) {
        return of(e.status(), e.slug(), e.title(), e.getMessage(), e.violations(), request);
    }

    public static Response of(int status, String slug, String title, String detail, List<Violation> violations,
            ContainerRequestContext request) {
        String instance = request == null ? null : request.getUriInfo().getRequestUri().getRawPath();
        String requestId = request == null ? null : (String) request.getProperty(RequestIdFilter.PROPERTY);
        Problem problem = new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, instance, requestId, violations);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (requestId != null) {
            builder.header(RequestIdFilter.HEADER, requestId);
        }
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"sanctions\"");
        }
        return builder.build();
    }
}
