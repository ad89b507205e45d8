package org.sanctions.gateway.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Problem documents for the HTTP errors of the gateway's own endpoints (unknown path, wrong method, wrong media
 * type...), which Quarkus would otherwise answer with an empty or HTML body.
 */
public class HttpProblemMappers {

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        Kind kind = Kind.of(status);
        Problem problem = Problem.of(kind.slug(), e.getResponse().getStatusInfo().getReasonPhrase(), status,
                kind.detail(), "/" + uri.getPath().replaceFirst("^/", ""), headers.getHeaderString("X-Request-Id"));
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    /** The stable slug and the human sentence for an HTTP status. */
    private record Kind(String slug, String detail) {

        static Kind of(int status) {
            return switch (status) {
                case 404 -> new Kind("not-found", "There is no resource at this path.");
                case 405 -> new Kind("method-not-allowed", "This resource does not accept this method.");
                case 406 -> new Kind("not-acceptable",
                        "This resource cannot answer in any of the accepted media types.");
                case 415 -> new Kind("unsupported-media-type", "This resource does not accept this content type.");
                default -> status >= 500 ? new Kind("internal-error", "The gateway failed to handle the request.")
                        : new Kind("malformed-request", "The request is malformed.");
            };
        }
    }
}
