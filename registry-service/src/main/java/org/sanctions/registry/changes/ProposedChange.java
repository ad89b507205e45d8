package org.sanctions.registry.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * One editor write, held as data so that it can be dry-run now and applied later through the normal service path:
 * the party (null for a creation), the measure (for a revocation), the If-Match version sent (may be null) and the
 * request body as JSON.
 */
public record ProposedChange(ChangeKind kind, UUID partyId, UUID measureId, Long expectedVersion, JsonNode body) {
}
