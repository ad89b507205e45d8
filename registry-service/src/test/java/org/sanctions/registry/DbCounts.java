package org.sanctions.registry;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts rows straight from the database, to prove that rejected requests changed nothing. */
@ApplicationScoped
public class DbCounts {

    private final AgroalDataSource db;

    public DbCounts(AgroalDataSource db) {
        this.db = db;
    }

    public long parties() {
        return count("select count(*) from party");
    }

    public long events(String partyId) {
        return count("select count(*) from audit_event where entity_type = 'PARTY' and entity_id = ?", partyId);
    }

    public long allEvents() {
        return count("select count(*) from audit_event");
    }

    public long count(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
