package org.sanctions.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the one error shape of every service (README.md, "What the gateway answers"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem document (application/problem+json)")
public record Problem(
        @Schema(example = "urn:sanctions:problem:validation-error") String type,
        @Schema(example = "Validation failed") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request has 1 invalid field.") String detail,
        @Schema(example = "/api/v1/parties") String instance,
        @Schema(description = "The request's X-Request-Id") String requestId,
        @Schema(description = "Per-field problems of a validation error") List<Violation> violations) {

    /** Media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "urn:sanctions:problem:";

    /** One rejected field of a validation error. */
    @Schema(name = "Violation", description = "A field-level validation failure")
    public record Violation(
            @Schema(example = "names[0].fullName") String field,
            @Schema(example = "must not be blank") String message) {
    }

    /** A problem without field violations; {@code slug} is the stable last part of the type URN. */
    public static Problem of(String slug, String title, int status, String detail, String instance,
            String requestId) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, instance, requestId, null);
    }
}
