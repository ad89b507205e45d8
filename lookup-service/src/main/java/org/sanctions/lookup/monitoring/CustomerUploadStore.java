package org.sanctions.lookup.monitoring;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.monitoring.CustomerUploadView.Progress;
import org.sanctions.lookup.monitoring.CustomerUploadView.Rejection;

/** Customer uploads and their rejected lines; every read is scoped to the bank. */
@ApplicationScoped
public class CustomerUploadStore {

    private final AgroalDataSource dataSource;
    private final int rejectionLimit;

    CustomerUploadStore(AgroalDataSource dataSource, LookupConfig config) {
        this.dataSource = dataSource;
        this.rejectionLimit = config.monitoring().uploadRejectionLimit();
    }

    void create(UUID id, String bank, String format) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into customer_upload (id, bank, format, status, created_at, updated_at)"
                        + " values (?, ?, ?, 'QUEUED', ?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, bank);
            ps.setString(3, format);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    /** Adds a chunk's counts and its rejections (up to the limit) in the caller's transaction. */
    void progress(Connection c, UUID id, Progress delta, List<Rejection> rejections) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update customer_upload set status = 'RUNNING',"
                + " rows_processed = rows_processed + ?, rows_created = rows_created + ?,"
                + " rows_changed = rows_changed + ?, rows_unchanged = rows_unchanged + ?,"
                + " rows_accepted = rows_accepted + ?, rows_rejected = rows_rejected + ?, updated_at = ?"
                + " where id = ? returning rows_rejected")) {
            ps.setInt(1, delta.rowsRead());
            ps.setInt(2, delta.created());
            ps.setInt(3, delta.changed());
            ps.setInt(4, delta.unchanged());
            ps.setInt(5, delta.created() + delta.changed() + delta.unchanged());
            ps.setInt(6, delta.rejected());
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.setObject(8, id);
            int keep;
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                // rejections stored before this chunk: the new total minus this chunk's
                keep = rejectionLimit - (rs.getInt(1) - delta.rejected());
            }
            if (keep <= 0 || rejections.isEmpty()) {
                return;
            }
            try (PreparedStatement ins = c.prepareStatement("insert into customer_upload_rejection"
                    + " (upload_id, line, field, message) values (?, ?, ?, ?) on conflict do nothing")) {
                for (Rejection r : rejections.subList(0, Math.min(keep, rejections.size()))) {
                    ins.setObject(1, id);
                    ins.setInt(2, r.line());
                    ins.setString(3, r.field());
                    ins.setString(4, r.message());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        }
    }

    /** An interrupted upload claimed by this process: its bank, whether it is CSV, and the rows already stored. */
    record Claimed(String bank, boolean csv, int rowsStored) {
    }

    /** The running process's heartbeat on the uploads it holds (queued or running here). */
    void beat(java.util.Collection<UUID> uploads) throws SQLException {
        if (uploads.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update customer_upload set updated_at = ? where id = any(?) and status in ('QUEUED', 'RUNNING')")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setArray(2, c.createArrayOf("uuid", uploads.toArray()));
            ps.executeUpdate();
        }
    }

    /** Open uploads with no heartbeat or progress since {@code before}: the process that held them stopped. */
    List<UUID> staleSince(Instant before) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from customer_upload where status in ('QUEUED', 'RUNNING') and updated_at < ?"
                        + " order by created_at")) {
            ps.setTimestamp(1, Timestamp.from(before));
            List<UUID> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        }
    }

    /** Takes over a stale upload (one process wins, by the conditional update), or empty if another did. */
    Optional<Claimed> claim(UUID id, Instant staleBefore) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update customer_upload set updated_at = ? where id = ? and status in ('QUEUED', 'RUNNING')"
                        + " and updated_at < ? returning bank, format, rows_processed")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setObject(2, id);
            ps.setTimestamp(3, Timestamp.from(staleBefore));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Claimed(rs.getString(1), "CSV".equals(rs.getString(2)),
                        rs.getInt(3))) : Optional.empty();
            }
        }
    }

    /** Fails an upload nobody took over since {@code before} (its file went with its process); false if it moved. */
    boolean failOrphan(UUID id, Instant before, String error) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update customer_upload set status = 'FAILED', error = ?, updated_at = ? where id = ?"
                        + " and status in ('QUEUED', 'RUNNING') and updated_at < ?")) {
            ps.setString(1, error);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setObject(3, id);
            ps.setTimestamp(4, Timestamp.from(before));
            return ps.executeUpdate() == 1;
        }
    }

    void finish(UUID id, String status, String error) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update customer_upload set status = ?, error = ?, updated_at = ? where id = ?")) {
            ps.setString(1, status);
            ps.setString(2, error);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setObject(4, id);
            ps.executeUpdate();
        }
    }

    /** The bank's upload; another bank's id is not found. */
    Optional<CustomerUploadView> find(String bank, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select status, format, created_at, updated_at, rows_processed, rows_created, rows_changed,"
                        + " rows_unchanged, rows_rejected, error from customer_upload where id = ? and bank = ?")) {
            ps.setObject(1, id);
            ps.setString(2, bank);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Progress progress = new Progress(rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9));
                List<Rejection> rejections = rejections(c, id);
                return Optional.of(new CustomerUploadView(id, rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), progress, rejections,
                        progress.rejected() > rejections.size(), rs.getString(10)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read customer upload", e);
        }
    }

    private static List<Rejection> rejections(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select line, field, message from customer_upload_rejection"
                + " where upload_id = ? order by line")) {
            ps.setObject(1, id);
            List<Rejection> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Rejection(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        }
    }
}
