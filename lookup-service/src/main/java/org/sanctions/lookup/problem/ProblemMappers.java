package org.sanctions.lookup.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to an application/problem+json answer; never a stack trace or class name. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Map<Integer, String> SLUGS = Map.of(400, "malformed-request", 401, "unauthorized", 403,
            "forbidden", 404, "not-found", 405, "malformed-request", 406, "unsupported-media-type", 409, "conflict",
            413, "payload-too-large", 415, "unsupported-media-type", 503, "upstream-unavailable");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return build(e.status(), e.slug(), e.getMessage(), e.violations(), uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field())).collect(Collectors.toList());
        return build(400, "validation-error", "The request has invalid fields.", violations, uri, headers);
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + List.of(e.getTargetType().getEnumConstants()) : "has an invalid value";
        return build(400, "validation-error", "The request has invalid fields.",
                List.of(new Problem.Violation(path(e), allowed)), uri, headers);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return build(400, "validation-error", "The request has invalid fields.",
                List.of(new Problem.Violation(path(e), "has the wrong type")), uri, headers);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return build(400, "malformed-request", "The body is not valid JSON.", null, uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return build(401, "unauthorized", "A valid bearer token is required.", null, uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return build(401, "unauthorized", "A valid bearer token is required.", null, uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return build(403, "forbidden", "Your roles do not allow this operation.", null, uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        String slug = SLUGS.getOrDefault(status, status >= 500 ? "internal-error" : "malformed-request");
        return build(status, slug, status == 404 ? "Nothing exists at this address." : reason(status), null, uri,
                headers);
    }

    /**
     * An IOException while a multipart upload is read is the client's body ending early or not well-formed (the
     * multipart parser reads it before the resource runs): 400. Any other IOException is the service's own: 500.
     */
    @ServerExceptionMapper
    public Response unreadableUpload(IOException e, UriInfo uri, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            LOG.debugf("Unreadable multipart body on %s: %s", uri.getPath(), e.getMessage());
            return build(400, "malformed-request",
                    "The request body could not be read: it ended early or is not well-formed.", null, uri, headers);
        }
        return unexpected(e, uri, headers);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof JsonMappingException m) {
            return build(400, "validation-error", "The request has invalid fields.",
                    List.of(new Problem.Violation(path(m), "has an invalid value")), uri, headers);
        }
        LOG.error("unexpected failure", e);
        return build(500, "internal-error", "The service failed to handle the request.", null, uri, headers);
    }

    static Response build(int status, String slug, String detail, List<Problem.Violation> violations, UriInfo uri,
            HttpHeaders headers) {
        String requestId = headers == null ? null : headers.getHeaderString("X-Request-Id");
        Problem body = new Problem("urn:sanctions:problem:" + slug, title(slug), status, detail,
                uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), requestId, violations);
        return Response.status(status).type("application/problem+json").entity(body).build();
    }

    private static String title(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String reason(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s == null ? "The request failed." : s.getReasonPhrase() + ".";
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    // "screen.request.items[0].name" -> "items[0].name": drop the method and parameter names
    private static String field(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
