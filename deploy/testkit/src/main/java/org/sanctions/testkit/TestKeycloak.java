package org.sanctions.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One real Keycloak per test JVM: the {@code sanctions} realm imported, its database {@code keycloak_test} in
 * {@link TestPostgres}, free ports, issuer pinned to {@code http://localhost:<port>}, stopped when the JVM exits.
 */
public final class TestKeycloak {

    /** The realm every service trusts. */
    public static final String REALM = "sanctions";

    /** User name and password of the bootstrap admin in realm master (test only). */
    public static final String ADMIN = "admin";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** Where the running server's port is kept: system properties are the one registry every class loader sees. */
    private static final String PORT_PROPERTY = "sanctions.testkit.keycloak.port";
    private static final String MANAGEMENT_PORT_PROPERTY = "sanctions.testkit.keycloak.management-port";
    private static final String DB_URL_PROPERTY = "sanctions.testkit.keycloak.db-url";
    private static final String PID_PROPERTY = "sanctions.testkit.keycloak.pid";
    /**
     * Quarkus tests and plain JUnit tests load this class in different class loaders, so a static field would start
     * a second Keycloak; a string literal is interned once per JVM and locks across them.
     */
    private static final Object JVM_WIDE_LOCK = "org.sanctions.testkit.TestKeycloak";

    private final int port;

    private TestKeycloak(int port) {
        this.port = port;
    }

    /** Starts Keycloak on first use (about half a minute); later calls return the same server. */
    public static TestKeycloak server() {
        synchronized (JVM_WIDE_LOCK) {
            String port = System.getProperty(PORT_PROPERTY);
            if (port == null) {
                port = Integer.toString(launchFirst());
                System.setProperty(PORT_PROPERTY, port);
            }
            return new TestKeycloak(Integer.parseInt(port));
        }
    }

    /**
     * Stops the server, for tests of what a service does while the identity provider is down; {@link #restart()}
     * brings it back with the same ports, database and keys. Tests that stop it must restart it (in a finally).
     */
    public void stop() {
        synchronized (JVM_WIDE_LOCK) {
            stopCurrent();
        }
    }

    /** Starts the stopped server again on the same ports (so the same issuer) and returns once it is ready. */
    public void restart() {
        synchronized (JVM_WIDE_LOCK) {
            if (isRunning()) {
                return;
            }
            Path log = logFile();
            int managementPort = Integer.parseInt(System.getProperty(MANAGEMENT_PORT_PROPERTY));
            KeycloakProcess process = KeycloakProcess.launch(KeycloakDist.fromSystemProperty().kcSh(), port,
                    managementPort, System.getProperty(DB_URL_PROPERTY), log);
            System.setProperty(PID_PROPERTY, Long.toString(process.handle().pid()));
            process.awaitReady(managementPort, READY_TIMEOUT);
        }
    }

    /** Whether the server process is alive (it may still be booting). */
    public boolean isRunning() {
        String pid = System.getProperty(PID_PROPERTY);
        return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Base URL, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The realm URL that is the token issuer and the services' {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The token endpoint of a realm. */
    public String tokenUrl(String realm) {
        return baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    private static int launchFirst() {
        Instant started = Instant.now();
        KeycloakDist dist = KeycloakDist.fromSystemProperty();
        Path log = logFile();
        dist.ensureBuilt(log);
        dist.installRealm(ProjectPaths.realmFile());
        String dbUrl = TestPostgres.database("keycloak_test");
        int port = freePort();
        int managementPort = freePort();
        KeycloakProcess process = KeycloakProcess.launch(dist.kcSh(), port, managementPort, dbUrl, log);
        System.setProperty(PID_PROPERTY, Long.toString(process.handle().pid()));
        System.setProperty(MANAGEMENT_PORT_PROPERTY, Integer.toString(managementPort));
        System.setProperty(DB_URL_PROPERTY, dbUrl);
        // stops whichever process runs at exit: a restart replaces the one started here
        Runtime.getRuntime().addShutdownHook(new Thread(TestKeycloak::stopCurrent));
        process.awaitReady(managementPort, READY_TIMEOUT);
        System.out.printf("Keycloak ready on port %d in %d s (log %s)%n", port,
                Duration.between(started, Instant.now()).toSeconds(), log);
        return port;
    }

    private static void stopCurrent() {
        String pid = System.getProperty(PID_PROPERTY);
        if (pid != null) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(KeycloakProcess::stop);
        }
    }

    private static Path logFile() {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("user.dir"), "target"));
            return dir.resolve("keycloak-test.log");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create target folder for the Keycloak log", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
