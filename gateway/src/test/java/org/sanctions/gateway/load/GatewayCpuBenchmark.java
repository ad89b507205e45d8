package org.sanctions.gateway.load;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sanctions.testkit.TestKeycloak;
import org.sanctions.testkit.Tokens;

/**
 * The gateway's CPU per forwarded call, which a busy machine does not distort the way it distorts throughput: the
 * packaged gateway (its own JVM, production profile, access log on) in front of a Vert.x loopback server that answers
 * a 1 KB screening at once, driven by a Vert.x client in this JVM at a fixed number of connections for a fixed number
 * of requests; the gateway process's CPU time (all its threads, GC and JIT included) before and after each run,
 * divided by the requests. Prints one line per run and the median. Run it with gateway/load/measure-cpu.sh.
 */
public final class GatewayCpuBenchmark {

    private GatewayCpuBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        // several jars (comma-separated) are measured one after the other against the same Keycloak and upstream
        String jars = args.length > 3 ? args[3] : "gateway/target/quarkus-app/quarkus-run.jar";
        TestKeycloak keycloak = TestKeycloak.server();
        Vertx vertx = Vertx.vertx();
        HttpServer upstream = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body ->
                request.response().putHeader("Content-Type", "application/json").end(OverheadMeasurement.ANSWER)))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
        String direct = "http://127.0.0.1:" + upstream.actualPort();
        try {
            for (String jar : jars.split(",")) {
                System.out.println("gateway " + jar);
                measure(Path.of(jar), runs, requests, connections, keycloak, vertx, direct);
            }
        } finally {
            vertx.close();
        }
        System.exit(0);
    }

    private static void measure(Path jar, int runs, int requests, int connections, TestKeycloak keycloak, Vertx vertx,
            String direct) throws Exception {
        int gatewayPort = OverheadMeasurement.freePort();
        int managementPort = OverheadMeasurement.freePort();
        Process gateway = OverheadMeasurement.startGateway(jar, gatewayPort, managementPort, keycloak.realmUrl(),
                direct);
        try {
            OverheadMeasurement.awaitReady(managementPort);
            Load load = new Load(vertx, gatewayPort, Tokens.bankDemo(), connections);
            ProcessHandle process = gateway.toHandle();
            load.run(requests).toCompletionStage().toCompletableFuture().get(); // warm-up: JIT, pools, token cache
            List<Double> micros = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Duration cpuBefore = cpu(process);
                long started = System.nanoTime();
                load.run(requests).toCompletionStage().toCompletableFuture().get();
                double wallSeconds = (System.nanoTime() - started) / 1e9;
                double perCall = cpu(process).minus(cpuBefore).toNanos() / 1e3 / requests;
                micros.add(perCall);
                System.out.printf(Locale.ROOT, "run %d: %d calls at %d connections, %.1f us gateway CPU per call,"
                        + " %.0f calls/s, non-200: %d, load average %s%n", run, requests, connections, perCall,
                        requests / wallSeconds, load.failures.getAndSet(0), loadAverage());
            }
            double[] sorted = micros.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "median %.1f us gateway CPU per call (runs %s)%n",
                    sorted[sorted.length / 2], Arrays.toString(sorted));
        } finally {
            gateway.destroy();
            gateway.waitFor();
        }
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time"));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** A closed loop of single screenings through the gateway, one in flight per connection. */
    private static final class Load {
        private final HttpClient client;
        private final RequestOptions post;
        private final Buffer body = Buffer.buffer(OverheadMeasurement.QUERY);
        private final int connections;
        final AtomicLong failures = new AtomicLong();

        Load(Vertx vertx, int port, String token, int connections) {
            this.connections = connections;
            this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                    new PoolOptions().setHttp1MaxSize(connections));
            this.post = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                    .setURI("/api/v1/screenings").putHeader("Authorization", "Bearer " + token)
                    .putHeader("Content-Type", "application/json");
        }

        Future<Void> run(int requests) {
            AtomicInteger left = new AtomicInteger(requests);
            AtomicInteger loops = new AtomicInteger(connections);
            Promise<Void> done = Promise.promise();
            for (int c = 0; c < connections; c++) {
                next(left, () -> {
                    if (loops.decrementAndGet() == 0) {
                        done.complete();
                    }
                });
            }
            return done.future();
        }

        private void next(AtomicInteger left, Runnable finished) {
            if (left.getAndDecrement() <= 0) {
                finished.run();
                return;
            }
            client.request(post).compose(request -> request.send(body)).compose(response -> {
                if (response.statusCode() != 200) {
                    failures.incrementAndGet();
                }
                return response.body();
            }).onComplete(answer -> {
                if (answer.failed()) {
                    failures.incrementAndGet();
                }
                next(left, finished);
            });
        }
    }
}
