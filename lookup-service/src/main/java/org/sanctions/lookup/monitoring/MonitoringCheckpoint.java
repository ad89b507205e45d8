package org.sanctions.lookup.monitoring;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/** The feed sequence up to which list changes have been rescreened, kept in the alerts' transactions. */
@ApplicationScoped
public class MonitoringCheckpoint {

    private final AgroalDataSource dataSource;

    MonitoringCheckpoint(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored sequence; empty before monitoring ever followed the feed. */
    public OptionalLong read() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select feed_seq from monitoring_checkpoint where id = 1"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the monitoring checkpoint", e);
        }
    }

    /** Moves the checkpoint forward (never back) in the caller's transaction. */
    void advance(Connection c, long feedSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into monitoring_checkpoint (id, feed_seq) values (1, ?)"
                + " on conflict (id) do update set feed_seq = greatest(monitoring_checkpoint.feed_seq,"
                + " excluded.feed_seq)")) {
            ps.setLong(1, feedSeq);
            ps.executeUpdate();
        }
    }
}
