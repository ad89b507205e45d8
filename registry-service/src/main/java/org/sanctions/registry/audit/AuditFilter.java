package org.sanctions.registry.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Which events an auditor asks for; every criterion is optional. {@code actor} matches subject or user name. */
public record AuditFilter(EntityType entityType, String entityId, String actor, Action action, Instant from,
        Instant to) {

    /** The WHERE clause (with leading " where" when any criterion is set) and its parameters, in order. */
    Sql where(long afterSeq) {
        return where(afterSeq, false);
    }

    /** As {@link #where(long)}; newest first reads events before the cursor (0 = from the newest). */
    Sql where(long cursor, boolean descending) {
        StringBuilder sql = new StringBuilder(descending ? " where seq < ?" : " where seq > ?");
        List<Object> params = new ArrayList<>(List.of(descending && cursor <= 0 ? Long.MAX_VALUE : cursor));
        if (entityType != null) {
            sql.append(" and entity_type = ?");
            params.add(entityType.name());
        }
        if (entityId != null) {
            sql.append(" and entity_id = ?");
            params.add(entityId);
        }
        if (actor != null) {
            sql.append(" and (actor_subject = ? or actor_username = ?)");
            params.add(actor);
            params.add(actor);
        }
        if (action != null) {
            sql.append(" and action = ?");
            params.add(action.name());
        }
        if (from != null) {
            sql.append(" and occurred_at >= ?");
            params.add(from.atOffset(java.time.ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" and occurred_at < ?");
            params.add(to.atOffset(java.time.ZoneOffset.UTC));
        }
        return new Sql(sql.toString(), params);
    }

    /** SQL text with positional parameters. */
    record Sql(String text, List<Object> params) {
    }
}
