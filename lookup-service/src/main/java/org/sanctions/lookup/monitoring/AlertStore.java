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

/** Alerts and their append-only action history in PostgreSQL. */
@ApplicationScoped
public class AlertStore {

    /** One recorded action on an alert. */
    public record Action(Instant at, String actor, String action, String fromState, String toState, String reason,
            String detailJson) {
    }

    /**
     * Filters of the alert list; null means any. {@code bank} null only for an auditor. {@code partyId} finds NAME
     * alerts of the party and OWNERSHIP alerts with the party on a proving path.
     */
    public record Filter(String bank, AlertState state, String customerId, String partyId, AlertBasis basis) {
    }

    private static final String COLUMNS = "id, bank, customer_id, party_id, party_version, state, closed_reason,"
            + " pending, proposed_by, score, matched_name, explanation::text, measures::text, engine_version,"
            + " config_hash, list_version, party_hash, customer_hash, party_fields::text, customer_fields::text,"
            + " created_at, updated_at, basis, ownership::text, ownership_hash";

    private final AgroalDataSource dataSource;

    AlertStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work done in one transaction. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("monitoring transaction failed", e);
        }
    }

    /** The NAME alert of a pair, locked for this transaction. */
    public Optional<AlertRow> lockPair(Connection c, String bank, String customerId, String partyId)
            throws SQLException {
        return one(c, "select " + COLUMNS + " from monitoring_alert where bank = ? and customer_id = ?"
                + " and party_id = ? and basis = 'NAME' for update", bank, customerId, partyId);
    }

    /** The OWNERSHIP alert of a customer (there is at most one), locked for this transaction. */
    public Optional<AlertRow> lockOwnership(Connection c, String bank, String customerId) throws SQLException {
        return one(c, "select " + COLUMNS + " from monitoring_alert where bank = ? and customer_id = ?"
                + " and basis = 'OWNERSHIP' for update", bank, customerId);
    }

    /** The customers (bank, customer id) whose OWNERSHIP alert has the party on a proving path, in any state. */
    public List<CustomerIndex.CustomerKey> ownershipCustomersOf(Connection c, String partyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select bank, customer_id from monitoring_alert"
                + " where basis = 'OWNERSHIP' and ownership_parties @> jsonb_build_array(?::text)")) {
            ps.setString(1, partyId);
            List<CustomerIndex.CustomerKey> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CustomerIndex.CustomerKey(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        }
    }

    /** The bank's alert by id, locked; an id of another bank is not found. */
    public Optional<AlertRow> lock(Connection c, String bank, UUID id) throws SQLException {
        return one(c, "select " + COLUMNS + " from monitoring_alert where id = ? and bank = ? for update", id, bank);
    }

    /** An alert by id; bank null reads any bank (auditor). */
    public Optional<AlertRow> find(String bank, UUID id) {
        try (Connection c = dataSource.getConnection()) {
            return bank == null ? one(c, "select " + COLUMNS + " from monitoring_alert where id = ?", id)
                    : one(c, "select " + COLUMNS + " from monitoring_alert where id = ? and bank = ?", id, bank);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read alert", e);
        }
    }

    /** A page of alerts in id order after the cursor. */
    public List<AlertRow> page(Filter f, UUID after, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from monitoring_alert where id > ?");
        List<Object> args = new ArrayList<>();
        args.add(after == null ? new UUID(0, 0) : after);
        condition(sql, args, "bank", f.bank());
        condition(sql, args, "state", f.state() == null ? null : f.state().name());
        condition(sql, args, "customer_id", f.customerId());
        condition(sql, args, "basis", f.basis() == null ? null : f.basis().name());
        if (f.partyId() != null) {
            sql.append(" and (party_id = ? or basis = 'OWNERSHIP'")
                    .append(" and ownership_parties @> jsonb_build_array(?::text))");
            args.add(f.partyId());
            args.add(f.partyId());
        }
        sql.append(" order by id limit ").append(limit);
        try (Connection c = dataSource.getConnection()) {
            return many(c, sql.toString(), args.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list alerts", e);
        }
    }

    /**
     * Open NAME alerts of one listed party, across banks, locked (for a delisting; OWNERSHIP alerts are decided again
     * instead, as the other owners may still block).
     */
    public List<AlertRow> lockOpenOfParty(Connection c, String partyId) throws SQLException {
        return many(c, "select " + COLUMNS + " from monitoring_alert where party_id = ? and basis = 'NAME'"
                + " and state in ('OPEN', 'IN_REVIEW', 'ESCALATED') order by id for update", partyId);
    }

    public void insert(Connection c, UUID id, Assessment a, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into monitoring_alert (id, bank, customer_id,"
                + " party_id, party_version, state, score, matched_name, explanation, measures, engine_version,"
                + " config_hash, list_version, party_hash, customer_hash, party_fields, customer_fields, created_at,"
                + " updated_at, basis, ownership, ownership_hash, ownership_parties) values (?, ?, ?, ?, ?, 'OPEN',"
                + " ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?::jsonb)")) {
            bind(ps, id, a.bank(), a.customerId(), a.partyId(), a.partyVersion(), a.score(), a.matchedName(),
                    a.explanationJson(), a.measuresJson(), a.engineVersion(), a.configHash(), a.listVersion(),
                    a.partyHash(), a.customerHash(), a.partyFieldsJson(), a.customerFieldsJson(),
                    Timestamp.from(now), Timestamp.from(now), a.basis().name(), ownershipJson(a), ownershipHash(a),
                    ownershipParties(a));
            ps.executeUpdate();
        }
    }

    /** Replaces the computed part of an alert and sets its state. */
    public void recompute(Connection c, UUID id, Assessment a, AlertState state, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update monitoring_alert set party_version = ?, state = ?,"
                + " closed_reason = case when ? then closed_reason else null end,"
                + " pending = case when ? = 'IN_REVIEW' then pending else null end,"
                + " proposed_by = case when ? = 'IN_REVIEW' then proposed_by else null end,"
                + " score = ?, matched_name = ?, explanation = ?::jsonb, measures = ?::jsonb,"
                + " engine_version = ?, config_hash = ?, list_version = ?, party_hash = ?, customer_hash = ?,"
                + " party_fields = ?::jsonb, customer_fields = ?::jsonb, updated_at = ?, party_id = ?,"
                + " ownership = ?::jsonb, ownership_hash = ?, ownership_parties = ?::jsonb where id = ?")) {
            bind(ps, a.partyVersion(), state.name(), state.closed(), state.name(), state.name(), a.score(),
                    a.matchedName(), a.explanationJson(), a.measuresJson(), a.engineVersion(), a.configHash(),
                    a.listVersion(), a.partyHash(), a.customerHash(), a.partyFieldsJson(), a.customerFieldsJson(),
                    Timestamp.from(now), a.partyId(), ownershipJson(a), ownershipHash(a), ownershipParties(a), id);
            ps.executeUpdate();
        }
    }

    /** Moves an alert to a state through a decision. */
    public void transition(Connection c, UUID id, AlertState state, String pending, String proposedBy,
            String closedReason, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update monitoring_alert set state = ?, pending = ?,"
                + " proposed_by = ?, closed_reason = ?, updated_at = ? where id = ?")) {
            bind(ps, state.name(), pending, proposedBy, closedReason, Timestamp.from(now), id);
            ps.executeUpdate();
        }
    }

    public void append(Connection c, UUID alertId, Action a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into monitoring_alert_action (alert_id, at, actor,"
                + " action, from_state, to_state, reason, detail) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            bind(ps, alertId, Timestamp.from(a.at()), a.actor(), a.action(), a.fromState(), a.toState(), a.reason(),
                    a.detailJson());
            ps.executeUpdate();
        }
    }

    public List<Action> history(UUID alertId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select at, actor, action, from_state, to_state, reason, detail::text from monitoring_alert_action"
                        + " where alert_id = ? order by id")) {
            ps.setObject(1, alertId);
            List<Action> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Action(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read alert history", e);
        }
    }

    private static String ownershipJson(Assessment a) {
        return a.ownership() == null ? null : a.ownership().json();
    }

    private static String ownershipHash(Assessment a) {
        return a.ownership() == null ? null : a.ownership().hash();
    }

    private static String ownershipParties(Assessment a) {
        return a.ownership() == null ? null : a.ownership().partiesJson();
    }

    private static void condition(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static Optional<AlertRow> one(Connection c, String sql, Object... args) throws SQLException {
        return many(c, sql, args).stream().findFirst();
    }

    private static List<AlertRow> many(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<AlertRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private static AlertRow read(ResultSet rs) throws SQLException {
        return new AlertRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getLong(5), AlertState.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getDouble(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getLong(16), rs.getString(17), rs.getString(18),
                rs.getString(19), rs.getString(20), rs.getTimestamp(21).toInstant(),
                rs.getTimestamp(22).toInstant(), AlertBasis.valueOf(rs.getString(23)), rs.getString(24),
                rs.getString(25));
    }
}
