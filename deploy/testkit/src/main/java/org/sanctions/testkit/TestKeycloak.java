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
                port = Integer.toString(start());
                System.setProperty(PORT_PROPERTY, port);
            }
            return new TestKeycloak(Integer.parseInt(port));
        }
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

    private static int start() {
        Instant started = Instant.now();
        KeycloakDist dist = KeycloakDist.fromSystemProperty();
        Path log = logFile();
        dist.ensureBuilt(log);
        dist.installRealm(ProjectPaths.realmFile());
        String dbUrl = TestPostgres.database("keycloak_test");
        int port = freePort();
        int managementPort = freePort();
        KeycloakProcess process = KeycloakProcess.launch(dist.kcSh(), port, managementPort, dbUrl, log);
        Runtime.getRuntime().addShutdownHook(new Thread(process::stop));
        process.awaitReady(managementPort, READY_TIMEOUT);
        System.out.printf("Keycloak ready on port %d in %d s (log %s)%n", port,
                Duration.between(started, Instant.now()).toSeconds(), log);
        return port;
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
