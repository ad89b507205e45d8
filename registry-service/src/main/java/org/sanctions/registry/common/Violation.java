package org.sanctions.registry.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field-level problem in a rejected request, with the JSON path of the field (e.g. {@code names[0].fullName}). */
@Schema(name = "Violation", description = "A field-level validation failure")
public record Violation(
        @Schema(example = "names[0].fullName") String field,
        @Schema(example = "must not be blank") String message) {
}
