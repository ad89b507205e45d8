package org.sanctions.registry.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details body, identical in every service (README.md, "What the gateway answers itself"). */
@Schema(name = "Problem", description = "RFC 9457 problem document (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(example = "urn:sanctions:problem:validation-error") String type,
        @Schema(example = "Validation failed") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request has 1 invalid field.") String detail,
        @Schema(example = "/api/v1/parties") String instance,
        @Schema(description = "The request's X-Request-Id") String requestId,
        @Schema(description = "Per-field problems of a validation error") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:sanctions:problem:";
}
