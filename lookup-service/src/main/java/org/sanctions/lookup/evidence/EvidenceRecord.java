package org.sanctions.lookup.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * One screening as recorded for the bank's audit: who, when, what was asked, against which list version, the answer.
 *
 * @param source SINGLE, BATCH or JOB
 * @param queryJson the screening request (name, attributes, options) as JSON
 * @param topMatchesJson the returned matches (party, score, match flag, matched name, explanation) as JSON
 * @param engineVersion the engine that screened; configHash the hash of its weights and word lists
 * @param listSourcesJson the state of each list source the index held (as the answer names them) as a JSON array
 * @param ownershipJson the ownership answer when the request carried the customer's owners, else null
 */
public record EvidenceRecord(UUID id, Instant screenedAt, String subject, String clientId, String username,
        String source, UUID batchId, UUID jobId, String itemRef, String queryJson, long listVersion,
        double threshold, boolean matched, String topMatchesJson, boolean indexStale, String engineVersion,
        String configHash, String listSourcesJson, String ownershipJson) {
}
