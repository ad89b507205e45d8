package org.sanctions.registry.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.sanctions.registry.common.Actor;

/** Reads audit events with plain JDBC (shared by the paged list and the streamed CSV export). */
final class AuditRows {

    static final String COLUMNS = "seq, occurred_at, actor_subject, actor_username, actor_client, action, entity_type,"
            + " entity_id, version, reason, cast(before as text), cast(after as text), cast(diff as text), prev_hash, hash";

    private AuditRows() {
    }

    /** Prepares {@code select COLUMNS from audit_event WHERE ... order by seq [limit]} for the filter. */
    static PreparedStatement select(Connection c, AuditFilter filter, long afterSeq, Integer limit) throws SQLException {
        return select(c, filter, afterSeq, limit, false);
    }

    /** As above; descending reads newest first, before the cursor. */
    static PreparedStatement select(Connection c, AuditFilter filter, long cursor, Integer limit, boolean descending)
            throws SQLException {
        AuditFilter.Sql where = filter.where(cursor, descending);
        PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_event" + where.text()
                + " order by seq" + (descending ? " desc" : "") + (limit == null ? "" : " limit " + limit));
        List<Object> params = where.params();
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    static AuditEventDto map(ResultSet rs) throws SQLException {
        return new AuditEventDto(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                new Actor(rs.getString(3), rs.getString(4), rs.getString(5)), Action.valueOf(rs.getString(6)),
                EntityType.valueOf(rs.getString(7)), rs.getString(8), rs.getLong(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15));
    }
}
