package org.sanctions.lookup.jobs;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanctions.lookup.screening.Caller;

/** Jobs and their result rows in PostgreSQL (schema lookup). */
@ApplicationScoped
public class JobStore {

    /** One stored result row. */
    public record ResultRow(int rowNo, String ref, UUID screeningId, String status, String error, boolean matched,
            String matchesJson) {
    }

    /** Receives stored result rows in order. */
    public interface RowSink {
        void accept(ResultRow row) throws IOException;
    }

    private final AgroalDataSource dataSource;

    JobStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void create(UUID id, Caller caller, String format, String optionsJson) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into screening_job (id, created_at, updated_at, subject, client_id, username, format, status,"
                        + " options) values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?::jsonb)")) {
            ps.setObject(1, id);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, caller.subject());
            ps.setString(5, caller.clientId());
            ps.setString(6, caller.username());
            ps.setString(7, format);
            ps.setString(8, optionsJson);
            ps.executeUpdate();
        }
    }

    /** Stores a chunk of results and the new progress in one transaction. */
    void appendChunk(UUID job, List<ResultRow> rows, int processed, int matched, int failed, long listVersion)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ins = c.prepareStatement("insert into screening_job_result (job_id, row_no,"
                    + " item_ref, screening_id, status, error, matched, matches) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)");
                    PreparedStatement upd = c.prepareStatement("update screening_job set status = 'RUNNING',"
                            + " updated_at = now(), rows_processed = ?, rows_matched = ?, rows_failed = ?,"
                            + " list_version = ? where id = ?")) {
                for (ResultRow r : rows) {
                    ins.setObject(1, job);
                    ins.setInt(2, r.rowNo());
                    ins.setString(3, r.ref());
                    ins.setObject(4, r.screeningId());
                    ins.setString(5, r.status());
                    ins.setString(6, r.error());
                    ins.setBoolean(7, r.matched());
                    ins.setString(8, r.matchesJson());
                    ins.addBatch();
                }
                ins.executeBatch();
                upd.setInt(1, processed);
                upd.setInt(2, matched);
                upd.setInt(3, failed);
                upd.setLong(4, listVersion);
                upd.setObject(5, job);
                upd.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    void finish(UUID job, String status, String error) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update screening_job set status = ?, error = ?, finished_at = now(), updated_at = now() where id = ?")) {
            ps.setString(1, status);
            ps.setString(2, error);
            ps.setObject(3, job);
            ps.executeUpdate();
        }
    }

    /** Fails jobs nobody has advanced for a while: their runner died with its process. */
    int failAbandoned(Duration idle) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update screening_job set status = 'FAILED', error = 'interrupted: the service restarted while the job"
                        + " ran; submit it again', finished_at = now(), updated_at = now()"
                        + " where status in ('QUEUED', 'RUNNING') and updated_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minus(idle)));
            return ps.executeUpdate();
        }
    }

    /** The job if it exists and was submitted by this token subject (jobs are private to their submitter). */
    public Optional<JobView> find(UUID id, String subject) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id, status, format, created_at, updated_at, finished_at, rows_processed, rows_matched,"
                        + " rows_failed, list_version, error, subject from screening_job where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !java.util.Objects.equals(rs.getString(12), subject)) {
                    return Optional.empty();
                }
                return Optional.of(new JobView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        instant(rs, 4), instant(rs, 5), instant(rs, 6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getObject(10) == null ? null : rs.getLong(10), rs.getString(11),
                        "/api/v1/screening-jobs/" + id + "/results"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read job", e);
        }
    }

    /** Streams a job's result rows in row order with a server-side cursor (constant memory). */
    public void results(UUID job, RowSink sink) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // the PostgreSQL driver only uses a cursor inside a transaction
            try (PreparedStatement ps = c.prepareStatement("select row_no, item_ref, screening_id, status, error,"
                    + " matched, matches::text from screening_job_result where job_id = ? order by row_no")) {
                ps.setFetchSize(500);
                ps.setObject(1, job);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new ResultRow(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class),
                                rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7)));
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("cannot read job results", e));
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
