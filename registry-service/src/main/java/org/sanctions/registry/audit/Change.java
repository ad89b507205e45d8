package org.sanctions.registry.audit;

import java.time.Instant;
import org.sanctions.registry.common.WriteContext;

/**
 * One write to record: the entity's state before (null for a creation) and after it, as wire DTOs; who made it,
 * when and why.
 */
public record Change(Action action, EntityType entityType, String entityId, long version, Object before, Object after,
        WriteContext context, Instant at) {
}
