package org.sanctions.lookup.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded screening as auditors read it. */
public record EvidenceView(UUID screeningId, Instant screenedAt, String subject, String clientId, String username,
        String source, UUID batchId, UUID jobId, String ref, JsonNode query, long listVersion, double threshold,
        String outcome, JsonNode topMatches, boolean indexStale) {

    /** A page of evidence, oldest first; next is the cursor for the following page or null at the end. */
    public record Page(List<EvidenceView> items, String next) {
    }
}
