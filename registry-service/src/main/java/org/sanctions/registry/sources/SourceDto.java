package org.sanctions.registry.sources;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.importer.ListFormat;

/** A list source as the API shows it: its settings, and (read-only) what its last checks and imports saw. */
@Schema(name = "ListSource", description = "A configured list source and its freshness")
public record SourceDto(
        @Schema(example = "ofac-sdn") String id,
        @Schema(example = "OFAC_SDN_CSV") ListFormat format,
        @Schema(example = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV",
                description = "http(s) URL, or file: URL of a file or of a directory (its newest file)") String url,
        @Schema(example = "PT1H", nullable = true, description = "ISO-8601 duration between checks; null: only on "
                + "request") String every,
        @Schema(example = "REVIEW") SourcePolicy policy,
        @Schema(example = "FULL", description = "FULL: a file is the whole list (absent entries are delisted); "
                + "ADDITIONS: additions and changes only") org.sanctions.registry.imports.ImportMode mode,
        @Schema(example = "0.05") double maxDelistShare,
        @Schema(example = "PT24H", description = "Age of the last successful check beyond which the source is stale")
        String sla,
        @Schema(readOnly = true, example = "AWAITING_APPROVAL") SourceState state,
        @Schema(readOnly = true, nullable = true, description = "Last check that got an answer (a file or 304)")
        Instant lastCheckedAt,
        @Schema(readOnly = true, nullable = true, description = "Last check that found a new file") Instant lastChangedAt,
        @Schema(readOnly = true, nullable = true, description = "Last time an import of its file was applied")
        Instant lastAppliedAt,
        @Schema(readOnly = true, nullable = true, description = "SHA-256 of the last new file") String fileSha256,
        @Schema(readOnly = true, nullable = true, description = "What went wrong in the last check or import")
        String lastError,
        @Schema(readOnly = true, nullable = true, description = "The import job of the last new file") UUID importId,
        @Schema(readOnly = true, example = "3") long version) {
}
