package org.sanctions.lookup.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem body, identical in every service (README.md, "What the gateway answers itself"). */
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

    /** One invalid field. */
    @Schema(name = "Violation", description = "A field-level validation failure")
    public record Violation(
            @Schema(example = "names[0].fullName") String field,
            @Schema(example = "must not be blank") String message) {
    }
}
