package org.sanctions.registry.imports;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.importer.ListFormat;

/**
 * An import job as the audit chain and the change feed record a decision on it: the list source (or upload) and file
 * it imports, its delta's counts, the decision and, once applied, when.
 */
@Schema(name = "ImportJobEvent", description = "An import job as an IMPORT_* event records it")
public record ImportEvent(
        @Schema(example = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b") UUID id,
        @Schema(example = "ofac-sdn", description = "Whose list state this is: the list source's id, or upload:FORMAT "
                + "for a file uploaded by hand") String source,
        @Schema(nullable = true, example = "ofac-sdn", description = "The list source that fetched the file; null for"
                + " an upload") String sourceId,
        @Schema(example = "SUCCEEDED") ImportState state,
        @Schema(example = "OFAC_SDN_CSV") ListFormat format,
        @Schema(example = "FULL") ImportMode mode,
        @Schema(example = "5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50", description = "SHA-256 "
                + "of the imported file (comma-separated when several)") String fileSha256,
        ImportCounts counts,
        @Schema(nullable = true, description = "The delta's counts: what was (or would be) added, changed, delisted")
        DeltaCounts delta,
        @Schema(nullable = true, description = "Why it waits (IMPORT_PREVIEWED)") String note,
        @Schema(nullable = true, description = "The approval or rejection (IMPORT_APPROVED, IMPORT_REJECTED, and "
                + "IMPORT_APPLIED after an approval)") ImportDecision decision,
        @Schema(nullable = true, description = "When the delta was applied (IMPORT_APPLIED only)") Instant appliedAt) {

    /** The counts of a delta, without its entries. */
    @Schema(name = "ImportDeltaCounts", description = "How many entries a delta adds, changes and delists")
    public record DeltaCounts(@Schema(example = "14965") long listedBefore, @Schema(example = "12") long added,
            @Schema(example = "40") long changed, @Schema(example = "3") long delisted,
            @Schema(example = "0.0002") double delistShare) {

        static DeltaCounts of(ImportDelta d) {
            return d == null ? null : new DeltaCounts(d.listedBefore(), d.added(), d.changed(), d.delisted(),
                    d.delistShare());
        }
    }

    /** The state key of an import: its source, or the format of an upload. */
    static String sourceOf(String sourceId, ListFormat format) {
        return sourceId != null ? sourceId : "upload:" + format;
    }
}
