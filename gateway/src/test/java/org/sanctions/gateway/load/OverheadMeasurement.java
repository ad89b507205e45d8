package org.sanctions.gateway.load;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctions.testkit.TestKeycloak;
import org.sanctions.testkit.Tokens;

/**
 * Measures what the gateway adds to a screening call, on loopback: the packaged gateway (its own JVM, production
 * profile, access log on) in front of a fake lookup service that answers a screening at once, with wrk driving
 * POST /api/v1/screenings directly and through the gateway in the same run, with a real bank-demo token from a
 * real Keycloak (the test kit's). Run it with gateway/load/measure-overhead.sh.
 */
public final class OverheadMeasurement {

    static final String QUERY = "{\"name\":\"John Lee Ka-chiu\",\"birthDate\":\"1957\",\"nationality\":\"HK\"}";
    /** The shape of a lookup-service answer (issue 6), about 1 KB. */
    static final String ANSWER = "{\"screeningId\":\"0b8f5c1e-3f7a-4c2e-9d61-7a2b1c0d9e8f\","
            + "\"listVersion\":1234,\"screenedAt\":\"2026-11-28T10:15:30Z\",\"threshold\":0.8,\"matches\":[{"
            + "\"partyId\":\"6f1c0d1e-2b7a-4d8e-9c3f-0a1b2c3d4e5f\",\"score\":0.97,\"match\":true,"
            + "\"matchedName\":\"LEE, John Ka-chiu\",\"primaryName\":\"LEE, John Ka-chiu\",\"kind\":\"PERSON\","
            + "\"sources\":[{\"authority\":\"US-OFAC\",\"list\":\"SDN\",\"sourceId\":\"29242\"}],"
            + "\"measures\":[{\"program\":\"HK-EO13936\",\"type\":\"ASSET_FREEZE\",\"authority\":\"US-OFAC\","
            + "\"status\":\"ACTIVE\"}],\"explanation\":\"john=john (exact), lee=lee (exact), ka-chiu=ka chiu"
            + " (hyphen), birth year 1957 agrees (+0.05), nationality HK agrees (+0.03)\"}]}";

    private OverheadMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path jar = Path.of(args.length > 1 ? args[1] : "gateway/target/quarkus-app/quarkus-run.jar");
        TestKeycloak keycloak = TestKeycloak.server();
        Vertx vertx = Vertx.vertx();
        HttpServer upstream = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body ->
                request.response().putHeader("Content-Type", "application/json").end(ANSWER)))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
        String direct = "http://127.0.0.1:" + upstream.actualPort();
        int gatewayPort = freePort();
        int managementPort = freePort();
        Process gateway = startGateway(jar, gatewayPort, managementPort, keycloak.realmUrl(), direct);
        try {
            awaitReady(managementPort);
            Wrk wrk = Wrk.posting(QUERY, Tokens.bankDemo());
            String through = "http://127.0.0.1:" + gatewayPort;
            wrk.run("warm-up", through + "/api/v1/screenings", 2, 16, 15);
            List<Wrk.Result> results = new ArrayList<>();
            for (int connections : new int[] {1, 32}) {
                int threads = Math.min(2, connections);
                results.add(wrk.run("direct, " + connections + " conn", direct + "/api/v1/screenings", threads,
                        connections, seconds));
                results.add(wrk.run("gateway, " + connections + " conn", through + "/api/v1/screenings", threads,
                        connections, seconds));
            }
            // where the time goes, one connection: Quarkus HTTP alone, plus the token check, plus the forward
            Wrk get = Wrk.getting(Tokens.bankDemo());
            results.add(get.run("gateway GET /q/health/live (management port: no token check, no forward)",
                    "http://127.0.0.1:" + managementPort + "/q/health/live", 1, 1, seconds));
            results.add(get.run("gateway GET /api/v1/me (token check, no forward)", through + "/api/v1/me", 1, 1,
                    seconds));
            print(results);
        } finally {
            gateway.destroy();
            gateway.waitFor();
            vertx.close();
        }
        System.exit(0);
    }

    static Process startGateway(Path jar, int port, int managementPort, String realmUrl, String upstream)
            throws Exception {
        File log = new File("gateway/target/overhead-gateway.log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.environment().put("OIDC_AUTH_SERVER_URL", realmUrl);
        builder.environment().put("LOOKUP_URL", upstream);
        builder.environment().put("REGISTRY_URL", upstream);
        // the measurement is of the proxy path, not of the rate limit refusing it
        builder.environment().put("RATE_LIMIT_PER_SECOND", "1000000");
        builder.environment().put("RATE_LIMIT_BURST", "1000000");
        // extra settings to compare, e.g. -Doverhead.gateway-env=QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE=1
        for (String setting : System.getProperty("overhead.gateway-env", "").split(",")) {
            if (setting.contains("=")) {
                builder.environment().put(setting.substring(0, setting.indexOf('=')),
                        setting.substring(setting.indexOf('=') + 1));
            }
        }
        System.out.println("gateway log: " + log.getAbsolutePath());
        return builder.start();
    }

    static void awaitReady(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("gateway not ready after 120 s");
    }

    private static void print(List<Wrk.Result> results) {
        System.out.println();
        System.out.println("| run | p50 ms | p99 ms | requests/s | non-2xx |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (Wrk.Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.0f | %d |%n", r.label(), r.p50Ms(), r.p99Ms(),
                    r.requestsPerSecond(), r.errors());
        }
        System.out.println();
        results.forEach(r -> System.out.println(r.label() + ": " + r.command()));
        for (int i = 0; i + 1 < 4; i += 2) {
            Wrk.Result d = results.get(i);
            Wrk.Result g = results.get(i + 1);
            System.out.printf(Locale.ROOT,
                    "added by the gateway (%s): p50 +%.2f ms, p99 +%.2f ms, throughput %.0f%% of direct%n",
                    g.label(), g.p50Ms() - d.p50Ms(), g.p99Ms() - d.p99Ms(),
                    100 * g.requestsPerSecond() / d.requestsPerSecond());
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
