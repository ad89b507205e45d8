package org.sanctions.lookup.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.index.ListSourceState;
import org.sanctions.lookup.screening.OwnershipViews.OwnershipView;
import org.sanctions.lookup.screening.ScreeningViews.MatchView;

/** A recorded screening as auditors read it. */
@Schema(name = "ScreeningEvidence")
public record EvidenceView(UUID screeningId, Instant screenedAt, String subject, String clientId,
        @Schema(nullable = true) String username, @Schema(example = "SINGLE") String source,
        @Schema(nullable = true, type = SchemaType.STRING, format = "uuid") UUID batchId,
        @Schema(nullable = true, type = SchemaType.STRING, format = "uuid") UUID jobId,
        @Schema(nullable = true) String ref,
        @Schema(type = SchemaType.OBJECT, description = "The screened name and attributes as received") JsonNode query,
        long listVersion, double threshold, @Schema(example = "MATCH") String outcome,
        @Schema(type = SchemaType.ARRAY, implementation = MatchView.class) JsonNode topMatches, boolean indexStale,
        @Schema(nullable = true, description = "Engine that screened (null for rows written before V7)")
        String engineVersion,
        @Schema(nullable = true, description = "Hash of the engine's weights and word lists") String configHash,
        @Schema(nullable = true, type = SchemaType.ARRAY, implementation = ListSourceState.class, description = "The "
                + "list files the screening was made against: per list source, the SHA-256 of the file its last "
                + "applied import read, when it was applied and the import job, as the answer named them (null for "
                + "rows written before V8)") JsonNode listSources,
        @Schema(nullable = true, implementation = OwnershipView.class, description = "The ownership answer when the "
                + "request carried the customer's owners: blocked or not per jurisdiction, with the paths and how "
                + "each owner screened (null otherwise, and for rows written before V10)") JsonNode ownership) {

    /** A page of evidence, oldest first; next is the cursor for the following page or null at the end. */
    @Schema(name = "ScreeningEvidencePage")
    public record Page(List<EvidenceView> items, @Schema(nullable = true) String next) {
    }
}
