package org.sanctions.registry.changes;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.party.PartyDto;

/** What a change request would do, from its dry run: the party before and after, and the field-level changes. */
@Schema(name = "ChangeDiff", description = "The result of the change request's dry run (nothing of it was written)")
public record ChangeDiff(
        @Schema(implementation = PartyDto.class, nullable = true, description = "The party as it was; null for a creation")
        JsonNode before,
        @Schema(implementation = PartyDto.class, description = "The party as the change would leave it (for a creation, "
                + "id and version are those of the dry run; the approval assigns the real ones)")
        JsonNode after,
        @Schema(type = SchemaType.ARRAY, implementation = FieldChange.class,
                description = "Field-level changes (version and timestamps left out)")
        JsonNode changes) {
}
