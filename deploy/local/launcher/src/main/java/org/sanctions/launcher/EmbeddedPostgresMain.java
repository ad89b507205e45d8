package org.sanctions.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real PostgreSQL from the zonky binaries for the local one-command run, keeping its data in a folder
 * so that it survives restarts. Usage: {@code java -jar launcher.jar DATA_DIR PORT}. Creates the role and
 * databases the stack needs (demo-only credentials), prints READY and blocks until killed.
 */
public final class EmbeddedPostgresMain {

    private static final String[][] DATABASES = {{"sanctions", "sanctions"}, {"keycloak", "keycloak"}};

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".local/postgres").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5433;
        Files.createDirectories(dataDir);
        Path workDir = dataDir.resolveSibling("postgres-binaries");
        Files.createDirectories(workDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(workDir.toFile())
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String[] db : DATABASES) {
                if (!exists(c, "select 1 from pg_roles where rolname = ?", db[1])) {
                    s.execute("create role " + db[1] + " login password '" + db[1] + "'");
                }
                if (!exists(c, "select 1 from pg_database where datname = ?", db[0])) {
                    s.execute("create database " + db[0] + " owner " + db[1]);
                }
            }
        }
        System.out.println("READY postgresql on port " + port + " data " + dataDir);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static boolean exists(Connection c, String sql, String name) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (Exception e) {
            System.err.println("could not stop PostgreSQL cleanly: " + e.getMessage());
        }
    }
}
