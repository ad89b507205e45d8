package org.sanctions.registry.audit.chain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.sanctions.testkit.TestPostgres;

/** A fresh database with the registry schema (by the real migrations), for chain tests and the benchmark. */
public final class ChainDatabase {

    private final String url;

    private ChainDatabase(String url) {
        this.url = url;
    }

    /** Creates (or empties) the named database and migrates it. */
    public static ChainDatabase create(String name) throws SQLException {
        String url = TestPostgres.database(name);
        Flyway flyway = Flyway.configure().dataSource(url, "postgres", "postgres").schemas("registry")
                .defaultSchema("registry").locations("classpath:db/migration").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        return new ChainDatabase(url + "&currentSchema=registry,public");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Appends {@code n} events, each in its own transaction. */
    public void append(int n, String actor) throws SQLException {
        ChainAppender appender = new ChainAppender();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                appender.append(c, draft(actor, i));
                c.commit();
            }
        }
    }

    static EventDraft draft(String actor, int i) {
        return new EventDraft(Instant.now().truncatedTo(ChronoUnit.MICROS), "sub-" + actor, actor, "test-client",
                "PARTY_UPDATED", "PARTY", "party-" + (i % 17), i + 1, "change " + i + " by " + actor + " «ÄÖ» 蕭",
                i == 0 ? null : "{\"remarks\":\"v" + i + "\",\"names\":[{\"fullName\":\"A\"}]}",
                "{\"remarks\":\"v" + (i + 1) + "\",\"names\":[{\"fullName\":\"A\"}],\"n\":1.50}",
                "[{\"op\":\"replace\",\"path\":\"/remarks\",\"old\":\"v" + i + "\",\"new\":\"v" + (i + 1) + "\"}]");
    }

    /** Runs SQL as the superuser with the append-only triggers switched off, as an attacker with DBA rights would. */
    public void tamper(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("alter table audit_event disable trigger user");
            try {
                s.execute(sql);
            } finally {
                s.execute("alter table audit_event enable trigger user");
            }
        }
    }
}
