package org.sanctions.registry.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.Actor;

/** One audit event as auditors read it: who, when, what, why, the states before and after, the diff, the hashes. */
@Schema(name = "AuditEvent", description = "One recorded change, hash-chained to the one before")
public record AuditEventDto(
        @Schema(example = "124") long seq,
        Instant time,
        Actor actor,
        @Schema(example = "PARTY_UPDATED") Action action,
        @Schema(example = "PARTY", description = "PARTY, PROGRAM, SOURCE (a list source) or IMPORT (an import job)")
        EntityType entityType,
        @Schema(example = "9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f") String entityId,
        @Schema(example = "3") long version,
        @Schema(example = "Correction of the birth date per OFAC notice") String reason,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "State before (Party, Program or ListSourceEvent), null for a creation and for fetch "
                        + "and import events") @JsonRawValue String before,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "State after: Party, Program, ListSourceEvent (entityType SOURCE) or "
                        + "ImportJobEvent (entityType IMPORT)") @JsonRawValue String after,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                description = "Field-level changes: {op: add|remove|replace, path: JSON Pointer, old, new}")
        @JsonRawValue String diff,
        @Schema(example = "5d41402abc4b2a76b9719d911017c592e2b5f2f7cde1d3f3a0b4c5d6e7f80912") String prevHash,
        @Schema(example = "7f83b1657ff1fc53b92dc18148a1d65dfc2d4b1fa3d677284addd200126d9069") String hash) {
}
