package org.sanctions.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A running {@code kc.sh start}: launched with the test settings, awaited on its health endpoint, stopped. */
final class KeycloakProcess {

    private final Process process;
    private final Path log;

    private KeycloakProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the optimized (pre-built) server; the issuer is pinned so that it does not follow the Host header. */
    static KeycloakProcess launch(Path kcSh, int port, int managementPort, String dbUrl, Path log) {
        List<String> command = List.of("sh", kcSh.toString(), "start", "--optimized", "--import-realm",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + managementPort, "--hostname=http://localhost:" + port,
                "--cache=local", "--db-url=" + dbUrl, "--db-username=postgres", "--db-password=postgres");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", TestKeycloak.ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", TestKeycloak.ADMIN);
        // A test server lives for minutes: the quick compiler alone starts it faster and costs less CPU.
        builder.environment().putIfAbsent("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        try {
            return new KeycloakProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Keycloak: " + command, e);
        }
    }

    /** Polls the management health endpoint: HTTP answers 503 while the realm is still being imported. */
    void awaitReady(int managementPort, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ", see " + log);
                }
                if (isUp(client, ready)) {
                    return;
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
        stop();
        throw new IllegalStateException("Keycloak not ready after " + timeout + ", see " + log);
    }

    private static boolean isUp(HttpClient client, HttpRequest ready) throws InterruptedException {
        try {
            return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** The operating system's handle of the kc.sh process. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** kc.sh forwards TERM to its java child; a straggler is killed so that no port stays taken. */
    void stop() {
        stop(process.toHandle());
    }

    /** Stops a kc.sh process and its java child, by handle (it may have been started from another class loader). */
    static void stop(ProcessHandle process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // killed below
        }
        children.forEach(child -> {
            child.destroyForcibly();
            child.onExit().join();
        });
        process.destroyForcibly();
    }
}
