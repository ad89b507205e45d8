package org.sanctions.registry.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hash chain on a real PostgreSQL: verifies, pinpoints changed, missing, moved and cut events, never forks. */
class HashChainTest {

    private ChainDatabase db;

    @BeforeEach
    void freshChain() throws SQLException {
        db = ChainDatabase.create("chain_test");
    }

    @Test
    void verifiesAnIntactChain() throws SQLException {
        db.append(30, "editor");
        ChainVerifier.Report report = verify();
        assertThat(report.valid()).isTrue();
        assertThat(report.checked()).isEqualTo(30);
        assertThat(report.headSeq()).isEqualTo(30);
        assertThat(report.firstBrokenSeq()).isNull();
    }

    @Test
    void verifiesAnEmptyChain() throws SQLException {
        assertThat(verify().valid()).isTrue();
    }

    @Test
    void pinpointsAChangedEvent() throws SQLException {
        db.append(20, "editor");
        db.tamper("update audit_event set reason = 'nothing happened' where seq = 7");
        assertBrokenAt(7, "changed");
    }

    @Test
    void pinpointsAChangedDocumentEvenWithItsHashRecomputedByTheTamperer() throws SQLException {
        db.append(20, "editor");
        db.tamper("update audit_event set after = jsonb_set(after, '{remarks}', '\"forged\"'), hash = repeat('a', 64)"
                + " where seq = 11");
        assertBrokenAt(11, "changed");
    }

    @Test
    void pinpointsADeletedEvent() throws SQLException {
        db.append(20, "editor");
        db.tamper("delete from audit_event where seq = 9");
        assertBrokenAt(9, "missing");
    }

    @Test
    void pinpointsReorderedEvents() throws SQLException {
        db.append(20, "editor");
        db.tamper("update audit_event set seq = -1 where seq = 5; update audit_event set seq = 5 where seq = 6;"
                + " update audit_event set seq = 6 where seq = -1");
        assertBrokenAt(5, "moved");
    }

    @Test
    void pinpointsACutTail() throws SQLException {
        db.append(20, "editor");
        db.tamper("delete from audit_event where seq > 17");
        assertBrokenAt(18, "removed from the end");
    }

    @Test
    void refusesUpdateDeleteAndTruncateOfEvents() throws SQLException {
        db.append(3, "editor");
        for (String sql : List.of("update audit_event set reason = 'x' where seq = 1", "delete from audit_event where seq = 2",
                "truncate audit_event")) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only")
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
        assertThat(verify().valid()).isTrue();
    }

    @Test
    void concurrentWritersBuildOneUnbrokenChain() throws Exception {
        int writers = 8;
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String actor = "writer-" + w;
                done.add(pool.submit(() -> {
                    db.append(each, actor);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ChainVerifier.Report report = verify();
        assertThat(report.valid()).as(report.problem()).isTrue();
        assertThat(report.checked()).isEqualTo((long) writers * each);
        try (Connection c = db.connect(); Statement s = c.createStatement();
                var rs = s.executeQuery("select count(distinct prev_hash), min(seq), max(seq) from audit_event")) {
            rs.next();
            assertThat(rs.getLong(1)).as("no two events share a predecessor (no fork)").isEqualTo((long) writers * each);
            assertThat(rs.getLong(2)).isEqualTo(1);
            assertThat(rs.getLong(3)).isEqualTo((long) writers * each);
        }
    }

    private void assertBrokenAt(long seq, String problem) throws SQLException {
        ChainVerifier.Report report = verify();
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBrokenSeq()).isEqualTo(seq);
        assertThat(report.problem()).contains(problem);
    }

    private ChainVerifier.Report verify() throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return new ChainVerifier().verify(c);
            } finally {
                c.rollback();
            }
        }
    }
}
