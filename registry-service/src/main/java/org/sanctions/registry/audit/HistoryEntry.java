package org.sanctions.registry.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.Actor;

/** One step in a party's history: who changed what, when and why, as a field-level diff. */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
        @Schema(example = "124") long seq,
        Instant time,
        Actor actor,
        @Schema(example = "PARTY_UPDATED") Action action,
        @Schema(example = "3") long version,
        @Schema(example = "Correction per OFAC notice") String reason,
        @Schema(type = SchemaType.ARRAY, description = "{op: add|remove|replace, path: JSON Pointer, old, new}",
                example = "[{\"op\":\"replace\",\"path\":\"/remarks\",\"old\":null,\"new\":\"Former Commissioner\"}]")
        @JsonRawValue String diff) {

    static HistoryEntry of(AuditEventDto e) {
        return new HistoryEntry(e.seq(), e.time(), e.actor(), e.action(), e.version(), e.reason(), e.diff());
    }
}
