package org.sanctions.registry.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change request as the API shows it. */
@Schema(name = "ChangeRequest", description = "An editor's write held for a second editor (maker-checker)")
public record ChangeRequestDto(
        @Schema(example = "3f2b8c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d") UUID id,
        @Schema(example = "UPDATE_PARTY") ChangeKind kind,
        @Schema(example = "PENDING") ChangeState state,
        @Schema(nullable = true, description = "The party; for a creation, set once applied",
                example = "9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f") UUID partyId,
        @Schema(nullable = true, description = "The measure a revocation ends") UUID measureId,
        @Schema(nullable = true, description = "The party version the change was made against", example = "3")
        Long baseVersion,
        @Schema(type = SchemaType.OBJECT, description = "The request body as sent (PartyInput, merge patch, "
                + "MeasureInput or Revocation, after its kind)") JsonNode body,
        ChangeDiff diff,
        ChangeSignature maker,
        @Schema(nullable = true, description = "Who approved, rejected or withdrew it") ChangeSignature checker,
        @Schema(nullable = true, description = "The party version the applied change produced", example = "4")
        Long resultVersion) {

    /** OpenAPI description of the 202 answer of an editor write that maker-checker holds. */
    public static final String HELD = "Held for a second editor (registry.maker-checker): nothing was written; the "
            + "change request, with the diff of a dry run, is at Location";
}
