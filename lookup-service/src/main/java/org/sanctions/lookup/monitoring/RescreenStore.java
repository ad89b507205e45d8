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

/** Full rescreen jobs, their cursor and counts, and the engine the books were last rescreened with in full. */
@ApplicationScoped
public class RescreenStore {

    private static final String COLUMNS = "id, bank, trigger, reason, state, engine_version, config_hash,"
            + " customers_total, customers_done, alerts_changed, created_at, started_at, finished_at, error";

    /** Where a job stands: its bank (null for all), its cursor (null before the first chunk) and its engine. */
    public record Job(UUID id, String bank, String cursorBank, String cursorCustomer, String engineVersion,
            String configHash, String trigger) {
    }

    private final AgroalDataSource dataSource;

    RescreenStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void create(UUID id, String bank, String trigger, String reason, String requestedBy, String engineVersion,
            String configHash) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into monitoring_rescreen (id, bank, trigger, reason, requested_by, engine_version,"
                        + " config_hash, state, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, bank);
            ps.setString(3, trigger);
            ps.setString(4, reason);
            ps.setString(5, requestedBy);
            ps.setString(6, engineVersion);
            ps.setString(7, configHash);
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    /** A bank's own job (a job of every book is not the bank's). */
    public Optional<RescreenView> findOwn(String bank, UUID id) throws SQLException {
        return find(java.util.Objects.requireNonNull(bank), id);
    }

    /** The job of the bank; a null bank finds any job (for an auditor). */
    public Optional<RescreenView> find(String bank, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                + " from monitoring_rescreen where id = ?" + (bank == null ? "" : " and bank = ?"))) {
            ps.setObject(1, id);
            if (bank != null) {
                ps.setString(2, bank);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    /** Jobs not finished (queued, or running when the process stopped), oldest first. */
    List<Job> unfinished() throws SQLException {
        List<Job> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id, bank, cursor_bank, cursor_customer, engine_version, config_hash, trigger"
                        + " from monitoring_rescreen where state in ('QUEUED', 'RUNNING') order by created_at");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Job(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }

    /** Whether a job for every bank with this engine is queued or running. */
    boolean engineRescreenPending(String engineVersion, String configHash) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select 1 from monitoring_rescreen where bank is null and engine_version = ? and config_hash = ?"
                        + " and state in ('QUEUED', 'RUNNING')")) {
            ps.setString(1, engineVersion);
            ps.setString(2, configHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Marks the job running with the number of customers it will walk (kept when it resumes); false when it is no
     * longer queued or running.
     */
    boolean start(UUID id, int total) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update monitoring_rescreen set state = 'RUNNING', started_at = coalesce(started_at, ?),"
                        + " customers_total = case when started_at is null then ? else customers_total end,"
                        + " updated_at = ? where id = ? and state in ('QUEUED', 'RUNNING')")) {
            Timestamp now = Timestamp.from(Instant.now());
            ps.setTimestamp(1, now);
            ps.setInt(2, total);
            ps.setTimestamp(3, now);
            ps.setObject(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** A chunk's progress, in the transaction that recorded its alerts. */
    void progress(Connection c, UUID id, String cursorBank, String cursorCustomer, int done, int alertsChanged)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update monitoring_rescreen set cursor_bank = ?,"
                + " cursor_customer = ?, customers_done = customers_done + ?, alerts_changed = alerts_changed + ?,"
                + " updated_at = ? where id = ?")) {
            ps.setString(1, cursorBank);
            ps.setString(2, cursorCustomer);
            ps.setInt(3, done);
            ps.setInt(4, alertsChanged);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.setObject(6, id);
            ps.executeUpdate();
        }
    }

    void finish(UUID id, String state, String error) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update monitoring_rescreen set state = ?, error = ?, finished_at = ?, updated_at = ? where id = ?")) {
            Timestamp now = Timestamp.from(Instant.now());
            ps.setString(1, state);
            ps.setString(2, error);
            ps.setTimestamp(3, now);
            ps.setTimestamp(4, now);
            ps.setObject(5, id);
            ps.executeUpdate();
        }
    }

    /** The engine (version, configuration hash) the books were last rescreened with in full, if recorded. */
    Optional<String[]> lastEngine() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select engine_version, config_hash from monitoring_checkpoint where id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getString(1) != null ? Optional.of(new String[] {rs.getString(1), rs.getString(2)})
                    : Optional.empty();
        }
    }

    /** Records the engine the books are now screened with; the checkpoint row exists once monitoring caught up. */
    void engineApplied(Connection c, String engineVersion, String configHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update monitoring_checkpoint set engine_version = ?, config_hash = ? where id = 1")) {
            ps.setString(1, engineVersion);
            ps.setString(2, configHash);
            ps.executeUpdate();
        }
    }

    private static RescreenView view(ResultSet rs) throws SQLException {
        return new RescreenView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)),
                rs.getString(14));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
