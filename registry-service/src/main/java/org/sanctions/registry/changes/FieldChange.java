package org.sanctions.registry.changes;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field-level difference of a change request's diff (the shape of the audit log's diff entries). */
@Schema(name = "FieldChange", description = "One changed member: op add, remove or replace at a JSON Pointer path")
public record FieldChange(
        @Schema(example = "replace", enumeration = {"add", "remove", "replace"}) String op,
        @Schema(example = "/positions/0") String path,
        @JsonProperty("old") @Schema(type = SchemaType.OBJECT, nullable = true, description = "Value before (any JSON)",
                example = "\"Secretary for Security\"") JsonNode oldValue,
        @JsonProperty("new") @Schema(type = SchemaType.OBJECT, nullable = true, description = "Value after (any JSON)",
                example = "\"Chief Secretary for Administration\"") JsonNode newValue) {
}
