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

    /** What a process taking over a job needs to go on with it. */
    record Resumable(String format, String optionsJson, Caller caller, int processed, int matched, int failed,
            int lastRowNo) {
    }

    void create(UUID id, Caller caller, String format, String optionsJson, String worker) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into screening_job (id, created_at, updated_at, subject, client_id, username, format, status,"
                        + " options, worker) values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?::jsonb, ?)")) {
            ps.setObject(1, id);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, caller.subject());
            ps.setString(5, caller.clientId());
            ps.setString(6, caller.username());
            ps.setString(7, format);
            ps.setString(8, optionsJson);
            ps.setString(9, worker);
            ps.executeUpdate();
        }
    }

    /** The worker's heartbeat: every open job it owns is seen alive now. */
    void beat(String worker) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update screening_job set updated_at = now() where worker = ? and status in ('QUEUED', 'RUNNING')")) {
            ps.setString(1, worker);
            ps.executeUpdate();
        }
    }

    /** Open jobs not beaten for since {@code before}: their owner died. */
    List<UUID> staleSince(Instant before) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from screening_job where status in ('QUEUED', 'RUNNING') and updated_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            try (ResultSet rs = ps.executeQuery()) {
                List<UUID> ids = new java.util.ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
                return ids;
            }
        }
    }

    /**
     * Takes over a job whose owner stopped beating before {@code before} and returns where it stands, or empty when
     * another process was quicker or the job ended meanwhile.
     */
    Optional<Resumable> claim(UUID id, String worker, Instant before) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update screening_job j set worker = ?, updated_at = now() where id = ? and status in ('QUEUED',"
                        + " 'RUNNING') and updated_at < ? returning format, cast(options as text), subject, client_id,"
                        + " username, rows_processed, rows_matched, rows_failed, (select coalesce(max(row_no), 0) from"
                        + " screening_job_result r where r.job_id = j.id)")) {
            ps.setString(1, worker);
            ps.setObject(2, id);
            ps.setTimestamp(3, Timestamp.from(before));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Resumable(rs.getString(1), rs.getString(2),
                        new Caller(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9)));
            }
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

    /** Fails a job nobody beat for or took over since {@code before}: its input went with its process. */
    boolean failOrphan(UUID id, Instant before) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update screening_job set status = 'FAILED', error = 'interrupted: the service restarted while the job"
                        + " ran and its input did not survive; rows reported as processed are complete; submit the"
                        + " rest again', finished_at = now(), updated_at = now()"
                        + " where id = ? and status in ('QUEUED', 'RUNNING') and updated_at < ?")) {
            ps.setObject(1, id);
            ps.setTimestamp(2, Timestamp.from(before));
            return ps.executeUpdate() == 1;
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
