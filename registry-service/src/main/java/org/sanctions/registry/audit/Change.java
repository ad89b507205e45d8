package org.sanctions.registry.audit;

import java.time.Instant;
import org.sanctions.registry.common.WriteContext;

/** One write to record: the entity's state after it (as its wire DTO), who made it, when and why. */
public record Change(Action action, EntityType entityType, String entityId, long version, Object after,
        WriteContext context, Instant at) {
}
