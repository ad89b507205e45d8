package org.sanctions.lookup.monitoring;

import java.time.Instant;
import java.util.UUID;

/** One stored alert, as the store reads it (JSON columns as text; the ownership ones null on a NAME alert). */
public record AlertRow(UUID id, String bank, String customerId, String partyId, long partyVersion, AlertState state,
        String closedReason, String pending, String proposedBy, double score, String matchedName,
        String explanationJson, String measuresJson, String engineVersion, String configHash, long listVersion,
        String partyHash, String customerHash, String partyFieldsJson, String customerFieldsJson, Instant createdAt,
        Instant updatedAt, AlertBasis basis, String ownershipJson, String ownershipHash) {
}
