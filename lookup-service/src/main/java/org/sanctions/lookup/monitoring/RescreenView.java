package org.sanctions.lookup.monitoring;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full rescreen of customer books: why it runs, with which engine, and how far it got. */
@Schema(name = "CustomerRescreen")
public record RescreenView(UUID rescreenId,
        @Schema(nullable = true, description = "The bank whose book is rescreened; null for every bank (engine change)")
        String bank,
        @Schema(example = "REQUESTED", enumeration = {"REQUESTED", "ENGINE_CHANGED"}) String trigger,
        String reason,
        @Schema(example = "RUNNING", enumeration = {"QUEUED", "RUNNING", "COMPLETED", "FAILED"}) String state,
        @Schema(example = "lookup-1.0.0") String engineVersion,
        String configHash,
        @Schema(description = "Customers in the books when the rescreen started") int customersTotal,
        @Schema(description = "Customers rescreened so far (committed with their alerts)") int customersDone,
        @Schema(description = "Alerts raised, updated or reopened by this rescreen") int alertsChanged,
        Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true) String error) {
}
