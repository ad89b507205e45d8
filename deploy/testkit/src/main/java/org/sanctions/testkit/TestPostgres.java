package org.sanctions.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** One real PostgreSQL server per test JVM (zonky binaries from Maven Central), on a free port. */
public final class TestPostgres {

    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** Starts the server on first use; later calls return the same one. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // zonky gives up after 10 s, which a busy shared machine exceeds during initdb
                server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
        }
        return server;
    }

    /** Creates the database if it does not exist and returns its JDBC URL (user and password "postgres"). */
    public static synchronized String database(String name) {
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'");
            if (!rs.next()) {
                s.execute("create database \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    /** The port the server listens on. */
    public static int port() {
        return server().getPort();
    }

    /**
     * Stops the running server with a fast shutdown (open sessions are ended, committed data stays), for tests of what
     * the services do while their database is down; {@link #restartServer()} brings it back on the same port and data
     * directory. Tests that stop it must restart it (in a finally).
     */
    public static synchronized void stopServer() {
        PostgresProcess.of(server()).stop();
    }

    /** Starts a server stopped by {@link #stopServer()} again and returns once it accepts connections. */
    public static synchronized void restartServer() {
        PostgresProcess.of(server()).restart(Duration.ofMinutes(1));
    }

    /** Stops the server (also done by a shutdown hook). */
    public static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the process is going away anyway
            }
            server = null;
        }
    }
}
