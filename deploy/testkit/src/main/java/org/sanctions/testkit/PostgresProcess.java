package org.sanctions.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded server's postmaster, stopped by signal and started again in place from the command line it recorded
 * in {@code postmaster.opts}: same binaries, data directory, port and settings, so clients reconnect to the same URL.
 * zonky's own shutdown hook still stops whichever postmaster runs at exit (it runs pg_ctl on the data directory).
 */
final class PostgresProcess {

    private static final Map<Integer, PostgresProcess> BY_PORT = new HashMap<>();
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final EmbeddedPostgres server;
    private final Path dataDir;
    private final List<String> command;

    private PostgresProcess(EmbeddedPostgres server, Path dataDir, List<String> command) {
        this.server = server;
        this.dataDir = dataDir;
        this.command = command;
    }

    /** The process of a server, inspected on first use (the server must be running then). */
    static synchronized PostgresProcess of(EmbeddedPostgres server) {
        return BY_PORT.computeIfAbsent(server.getPort(), port -> inspect(server));
    }

    /** Fast shutdown (SIGINT): sessions are ended, committed transactions are kept; returns once the server is down. */
    void stop() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + pidFile, e);
        }
        ProcessHandle postmaster = ProcessHandle.of(pid).orElse(null);
        if (postmaster == null) {
            return;
        }
        // pg_ctl refuses to run as root; the postmaster takes SIGINT as "fast shutdown" from anyone allowed to signal it
        run(List.of("kill", "-INT", Long.toString(pid)));
        try {
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (pid " + pid + ") did not stop within 60 s", e);
        }
    }

    /** Starts the postmaster again unless it runs, and waits until it accepts connections. */
    void restart(Duration timeout) {
        if (accepts()) {
            return;
        }
        Process postmaster;
        try {
            Path log = Files.createDirectories(Path.of(System.getProperty("user.dir"), "target"))
                    .resolve("postgres-restarted.log");
            postmaster = new ProcessBuilder(asServerUser(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL again: " + command, e);
        }
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (accepts()) {
                return;
            }
            if (!postmaster.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with " + postmaster.exitValue()
                        + " on restart, see target/postgres-restarted.log");
            }
            pause();
        }
        throw new IllegalStateException("PostgreSQL not accepting connections " + timeout + " after restart");
    }

    private boolean accepts() {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            return s.execute("select 1");
        } catch (SQLException down) {
            return false;
        }
    }

    /** PostgreSQL refuses to run as root: as root, run it in a user namespace, as zonky itself does. */
    private static List<String> asServerUser(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> unshared = new ArrayList<>(List.of("unshare", "-U"));
        unshared.addAll(command);
        return unshared;
    }

    private static PostgresProcess inspect(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            Path dataDir = Path.of(rs.getString(1));
            return new PostgresProcess(server, dataDir, commandLine(Files.readString(dataDir.resolve("postmaster.opts"))));
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must be running to be inspected", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read postmaster.opts", e);
        }
    }

    /** postmaster.opts holds the program path, then each argument in double quotes. */
    static List<String> commandLine(String opts) {
        String line = opts.strip();
        int firstQuote = line.indexOf(" \"");
        List<String> command = new ArrayList<>();
        command.add(firstQuote < 0 ? line : line.substring(0, firstQuote));
        Matcher m = QUOTED.matcher(firstQuote < 0 ? "" : line.substring(firstQuote));
        while (m.find()) {
            command.add(m.group(1).replaceAll("\\\\(.)", "$1"));
        }
        return command;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + command, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
