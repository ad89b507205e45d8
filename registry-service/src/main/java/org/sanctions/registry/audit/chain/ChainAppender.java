package org.sanctions.registry.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;

/**
 * Appends events to the hash chain on the caller's connection and transaction (plain JDBC, no framework). The
 * chain-head row is locked FOR UPDATE until the transaction ends: appends are serialised, seq has no gaps, and
 * events commit in seq order. A notification on {@link #CHANNEL} is sent with the seq; PostgreSQL delivers it only
 * if and when the transaction commits.
 */
public final class ChainAppender {

    public static final String CHANNEL = "registry_changes";
    public static final String GENESIS = "0".repeat(64);

    /** Takes the chain-head lock now; a transaction that writes many records calls this first to avoid deadlocks. */
    public void lockHead(Connection c) throws SQLException {
        head(c, true);
    }

    /**
     * Takes the chain-head lock now, waiting at most {@code waitMillis}; beyond that PostgreSQL fails the statement
     * with SQLSTATE 55P03 (lock_not_available) and the transaction can only roll back.
     */
    public void lockHead(Connection c, long waitMillis) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set local lock_timeout = " + Math.max(1, waitMillis));
        }
        head(c, true);
        try (Statement s = c.createStatement()) {
            s.execute("set local lock_timeout to default");
        }
    }

    /** Appends one event and returns its seq. */
    public long append(Connection c, EventDraft d) throws SQLException {
        Head head = head(c, true);
        long seq = head.seq() + 1;
        String prevHash = head.hash();
        String hash = new ChainEvent(seq, d.at(), d.actorSubject(), d.actorUsername(), d.actorClient(), d.action(),
                d.entityType(), d.entityId(), d.version(), d.reason(), ChainEvent.parse(d.before()),
                ChainEvent.parse(d.after()), ChainEvent.parse(d.diff()), prevHash).hash();
        try (PreparedStatement ps = c.prepareStatement("insert into audit_event (seq, occurred_at, actor_subject,"
                + " actor_username, actor_client, action, entity_type, entity_id, version, reason, before, after, diff,"
                + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb),"
                + " cast(? as jsonb), ?, ?)")) {
            ps.setLong(1, seq);
            ps.setObject(2, d.at().atOffset(ZoneOffset.UTC));
            ps.setString(3, d.actorSubject());
            ps.setString(4, d.actorUsername());
            ps.setString(5, d.actorClient());
            ps.setString(6, d.action());
            ps.setString(7, d.entityType());
            ps.setString(8, d.entityId());
            ps.setLong(9, d.version());
            ps.setString(10, d.reason());
            ps.setString(11, d.before());
            ps.setString(12, d.after());
            ps.setString(13, d.diff());
            ps.setString(14, prevHash);
            ps.setString(15, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("update audit_chain_head set seq = ?, hash = ? where id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("select pg_notify('" + CHANNEL + "', ?)")) {
            ps.setString(1, Long.toString(seq));
            ps.execute();
        }
        return seq;
    }

    /** The end of the chain: last seq and its hash. */
    public record Head(long seq, String hash) {
    }

    /** Reads the chain head, with the append lock when {@code lock}. */
    public static Head head(Connection c, boolean lock) throws SQLException {
        String sql = "select seq, hash from audit_chain_head where id = 1" + (lock ? " for update" : "");
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: the V2 migration did not run");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }
}
