package org.sanctions.registry.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Recomputes the hash chain from the stored events (plain JDBC, streamed with a cursor) and reports the first
 * event where it breaks: a changed event (its hash no longer matches), a missing one (a gap in seq), a moved one
 * (its prev_hash is not the hash of the event before it) or a cut tail (the chain ends before the recorded head).
 * The caller gives a connection in a transaction, ideally REPEATABLE READ, so the events and head agree.
 */
public final class ChainVerifier {

    private static final int FETCH = 1000;

    /** Outcome of a verification; {@code firstBrokenSeq} and {@code problem} are null when valid. */
    public record Report(boolean valid, long checked, Long firstBrokenSeq, String problem, long headSeq, String headHash) {
    }

    public Report verify(Connection c) throws SQLException {
        ChainAppender.Head head = ChainAppender.head(c, false);
        long expected = 1;
        String previous = ChainAppender.GENESIS;
        long checked = 0;
        try (PreparedStatement ps = c.prepareStatement("select seq, occurred_at, actor_subject, actor_username,"
                + " actor_client, action, entity_type, entity_id, version, reason, cast(before as text),"
                + " cast(after as text), cast(diff as text), prev_hash, hash from audit_event order by seq")) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    checked++;
                    if (seq != expected) {
                        return broken(checked, expected, "event " + expected + " is missing (the next stored is " + seq
                                + ")", head);
                    }
                    if (!rs.getString(14).equals(previous)) {
                        return broken(checked, seq, "its prev_hash is not the hash of event " + (seq - 1)
                                + " (moved or replaced)", head);
                    }
                    String hash = rs.getString(15);
                    if (!event(rs, seq).hash().equals(hash)) {
                        return broken(checked, seq, "its content no longer matches its hash (changed)", head);
                    }
                    previous = hash;
                    expected++;
                }
            }
        }
        if (expected - 1 != head.seq() || !previous.equals(head.hash())) {
            return broken(checked, expected, "the chain ends at event " + (expected - 1) + " but its head records event "
                    + head.seq() + " (events removed from the end)", head);
        }
        return new Report(true, checked, null, null, head.seq(), head.hash());
    }

    private static ChainEvent event(ResultSet rs, long seq) throws SQLException {
        return new ChainEvent(seq, rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10),
                ChainEvent.parse(rs.getString(11)), ChainEvent.parse(rs.getString(12)), ChainEvent.parse(rs.getString(13)),
                rs.getString(14));
    }

    private static Report broken(long checked, long seq, String problem, ChainAppender.Head head) {
        return new Report(false, checked, seq, "event " + seq + ": " + problem, head.seq(), head.hash());
    }
}
