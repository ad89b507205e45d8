package org.sanctions.registry.feed;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.imports.ImportEvent;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.program.ProgramDto;
import org.sanctions.registry.sources.SourceEvent;

/**
 * One change in the feed, with the full state after it: a party, a program, a list source or an import job (by
 * entityType; the others are null).
 */
@Schema(name = "ChangeEvent")
public record FeedEvent(
        @Schema(example = "124") long seq,
        Instant time,
        @Schema(example = "MEASURE_REVOKED") String action,
        @Schema(example = "PARTY", enumeration = {"PARTY", "PROGRAM", "SOURCE", "IMPORT"}) String entityType,
        @Schema(example = "9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f") String entityId,
        @Schema(example = "3") long version,
        @Schema(nullable = true, description = "The party after the change; null unless entityType is PARTY")
        PartyDto party,
        @Schema(nullable = true, description = "The program after the change; null unless entityType is PROGRAM")
        ProgramDto program,
        @Schema(nullable = true, description = "The list source (SOURCE_UPDATED, SOURCE_FETCHED, SOURCE_FETCH_FAILED); "
                + "null unless entityType is SOURCE") SourceEvent source,
        @Schema(nullable = true, description = "The import job (IMPORT_PREVIEWED, IMPORT_APPROVED, IMPORT_REJECTED, "
                + "IMPORT_APPLIED); null unless entityType is IMPORT") ImportEvent importJob) {
}
