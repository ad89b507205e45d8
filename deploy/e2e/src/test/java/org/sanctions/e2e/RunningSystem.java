package org.sanctions.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanctions.testkit.ProjectPaths;
import org.sanctions.testkit.TestKeycloak;
import org.sanctions.testkit.TestPostgres;

/**
 * The whole system as it runs in production, on this machine: a real PostgreSQL (embedded), a real Keycloak with the
 * project's realm, and registry-service, lookup-service and gateway started from their packaged jars, each on a
 * free port and awaited on readiness. Logs go to target/e2e/. {@link #close()} stops the services; PostgreSQL and
 * Keycloak stop with the test JVM (their test-kit shutdown hooks).
 */
public final class RunningSystem implements AutoCloseable {

    /** The program whose measures, and every later write to their parties, wait for a second editor. */
    public static final String FOUR_EYES_PROGRAM = "E2E-FOUR-EYES";

    private final List<ServiceProcess> services = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stopServices, "e2e-services-stop");
    private String gatewayUrl;
    private TestKeycloak keycloak;
    private Path root;
    private Path logs;
    private Map<String, String> env;
    private String dbUrl;

    private RunningSystem() {
    }

    /** Starts everything (about a minute, most of it Keycloak's first start). */
    static RunningSystem start() {
        RunningSystem system = new RunningSystem();
        Runtime.getRuntime().addShutdownHook(system.shutdownHook);
        try {
            system.boot();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void boot() {
        Instant started = Instant.now();
        root = ProjectPaths.root();
        logs = createDirectories(Path.of("target", "e2e").toAbsolutePath());
        dbUrl = TestPostgres.database("sanctions_e2e");
        keycloak = TestKeycloak.server();
        int registryPort = freePort();
        int lookupPort = freePort();
        int gatewayPort = freePort();
        // The browser talks to localhost, the host name Keycloak pins its issuer to: one site for cookies and CORS.
        gatewayUrl = "http://localhost:" + gatewayPort;
        new KeycloakAdmin(keycloak).allowUiOrigin(gatewayUrl);
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "DB_URL", dbUrl, "DB_USER", "postgres", "DB_PASSWORD", "postgres",
                "OIDC_AUTH_SERVER_URL", keycloak.realmUrl(),
                "REGISTRY_URL", "http://127.0.0.1:" + registryPort,
                "LOOKUP_URL", "http://127.0.0.1:" + lookupPort,
                "CORS_ORIGINS", gatewayUrl,
                // the lookup service polls the feed every 5 s and calls its index stale after 15 s without the
                // registry (defaults 20 s and 60 s), so that the fault tests see staleness within seconds
                "LOOKUP_REGISTRY_WAIT_SECONDS", "5", "LOOKUP_REGISTRY_STALE_AFTER", "15S",
                "LOOKUP_REGISTRY_RETRY_DELAY", "1S"));
        // an import whose registry died is taken over after 5 s without a heartbeat (default 30 s, sweep 10 s)
        settings.put("REGISTRY_IMPORTS_STALE_AFTER", "5S");
        settings.put("REGISTRY_IMPORTS_SWEEP_INTERVAL", "1S");
        // maker-checker for the one program only MakerCheckerThroughGatewayTest lists parties under (default OFF)
        settings.put("REGISTRY_MAKER_CHECKER_MODE", "PROGRAMS");
        settings.put("REGISTRY_MAKER_CHECKER_PROGRAMS", FOUR_EYES_PROGRAM);
        env = Map.copyOf(settings);
        services.add(ServiceProcess.launch(root, "registry-service", registryPort, env, logs).awaitReady());
        ServiceProcess lookup = ServiceProcess.launch(root, "lookup-service", lookupPort, env, logs);
        ServiceProcess gateway = ServiceProcess.launch(root, "gateway", gatewayPort, env, logs);
        services.add(lookup);
        services.add(gateway);
        lookup.awaitReady();
        gateway.awaitReady();
        System.out.printf("e2e system up in %d s: gateway %s, Keycloak %s, logs in %s%n",
                Duration.between(started, Instant.now()).toSeconds(), gatewayUrl, keycloak.baseUrl(), logs);
    }

    /** The gateway's base URL as the browser uses it, e.g. http://localhost:40123. */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    public TestKeycloak keycloak() {
        return keycloak;
    }

    /** JDBC URL of the services' database (user and password "postgres"), for checks of what is stored. */
    public String databaseUrl() {
        return dbUrl;
    }

    /** The running process of a module: registry-service, lookup-service or gateway. */
    public synchronized ServiceProcess service(String module) {
        return services.stream().filter(s -> s.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + module));
    }

    /** Kills a service with SIGKILL (see {@link ServiceProcess#kill()}); {@link #relaunch} starts it again. */
    public void kill(String module) {
        service(module).kill();
    }

    /**
     * Starts a module again on its port with its environment, without waiting for it to be ready; a process still
     * running is stopped first. Returns the new process.
     */
    public synchronized ServiceProcess relaunch(String module) {
        ServiceProcess old = service(module);
        if (old.isAlive()) {
            old.stop();
        }
        ServiceProcess fresh = ServiceProcess.launch(root, module, old.port(), env, logs);
        services.set(services.indexOf(old), fresh);
        return fresh;
    }

    /** Makes sure a module runs and is ready: relaunched if it is not alive. */
    public void ensureRunning(String module) {
        ServiceProcess process = service(module);
        (process.isAlive() ? process : relaunch(module)).awaitReady();
    }

    /**
     * Starts one more process of a module on a free port, with the system's environment plus {@code overrides}, and
     * waits until it is ready; it is stopped with the others at {@link #close()} (or earlier by the caller). For
     * tests that need a service configured differently from the shared one, e.g. with short keep-alive limits.
     */
    public synchronized ServiceProcess launchExtra(String module, Map<String, String> overrides) {
        Map<String, String> own = new java.util.HashMap<>(env);
        own.putAll(overrides);
        ServiceProcess extra = ServiceProcess.launch(root, module, freePort(), own, createDirectories(logs.resolve("extra")));
        services.add(extra);
        return extra.awaitReady();
    }

    /** Stops the services in reverse order of start. */
    @Override
    public void close() {
        stopServices();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void stopServices() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        services.clear();
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
