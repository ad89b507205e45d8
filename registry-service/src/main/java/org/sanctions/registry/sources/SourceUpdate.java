package org.sanctions.registry.sources;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The settable part of a list source (PUT); read-only members of {@link SourceDto} sent back are ignored. */
@Schema(name = "ListSourceUpdate", description = "Settings of a list source")
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"id", "state", "lastCheckedAt", "lastChangedAt",
    "lastAppliedAt", "fileSha256", "lastError", "importId", "version"}, allowGetters = false)
public record SourceUpdate(
        @Schema(required = true, example = "OFAC_SDN_CSV") String format,
        @Schema(required = true, example = "http://127.0.0.1:8099/SDN.CSV") String url,
        @Schema(nullable = true, example = "PT1M") String every,
        @Schema(required = true, example = "AUTO") String policy,
        @Schema(required = true, example = "0.05") Double maxDelistShare,
        @Schema(nullable = true, example = "FULL", enumeration = {"FULL", "ADDITIONS"}, description = "FULL (default):"
                + " a file is the whole list, entries it lacks are delisted; ADDITIONS: nothing is delisted")
        String mode,
        @Schema(nullable = true, example = "PT24H", description = "Default registry.sources.sla") String sla) {
}
