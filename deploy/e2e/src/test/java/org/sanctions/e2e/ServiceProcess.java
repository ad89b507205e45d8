package org.sanctions.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service run from its packaged jar as a separate process: started, awaited on readiness, stopped. */
public final class ServiceProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final int port;
    /** Where /q/health answers: the gateway's management port, the service's own port for the others. */
    private final int healthPort;
    private final Process process;
    private final Path log;

    private ServiceProcess(String module, int port, int healthPort, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.healthPort = healthPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code <root>/<module>/target/quarkus-app/quarkus-run.jar} on the given port with the given environment,
     * output appended to {@code logDir/<module>.log}.
     */
    static ServiceProcess launch(Path root, String module, int port, Map<String, String> env, Path logDir) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first, e.g. ./mvnw -B package"
                    + " -DskipTests -pl registry-service,lookup-service,gateway (the full reactor build does it)");
        }
        Path log = logDir.resolve(module + ".log");
        // the gateway answers health and metrics on its management interface only
        int healthPort = "gateway".equals(module) ? RunningSystem.freePort() : port;
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.management.port=" + healthPort, "-Dquarkus.management.host=127.0.0.1",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            Files.writeString(log, "==== " + Instant.now() + " " + String.join(" ", command) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return new ServiceProcess(module, port, healthPort, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + module, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200 (the lookup service only after its index is loaded). */
    public ServiceProcess awaitReady() {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(healthUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + module, e);
            }
            pause();
        }
        throw new IllegalStateException(module + " not ready after " + READY_TIMEOUT + ", see " + log);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Base URL of /q/health (and /q/metrics): the gateway's management port, else {@link #baseUrl()}. */
    public String healthUrl() {
        return "http://127.0.0.1:" + healthPort;
    }

    /** SIGTERM (Quarkus shuts down gracefully), then a kill after the grace period: no process is left behind. */
    public void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The module this process runs, e.g. {@code registry-service}. */
    public String module() {
        return module;
    }

    int port() {
        return port;
    }

    /** SIGKILL, as a crash or an OOM killer would: no shutdown hook runs; returns once the process is gone. */
    public void kill() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
