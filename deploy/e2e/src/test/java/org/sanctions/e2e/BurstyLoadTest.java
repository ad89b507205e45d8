package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.testkit.Tokens;

/**
 * Issue 18 item 2: bursts of single screenings through the gateway separated by idle gaps that straddle the
 * keep-alive limits of the gateway's pool and of lookup-service, with zero 5xx. It runs its own lookup-service and
 * gateway next to the shared ones (same database, registry and Keycloak), configured like production but with the
 * keep-alive limits scaled down (gateway pool 30 s and service 120 s become {@value #POOL_KEEP_ALIVE_S} s and
 * {@value #SERVICE_IDLE_S} s) so that gaps just below, at and just above both fit in about a minute, and with the
 * default per-client rate limit lifted so that the bursts are not refused.
 */
@ExtendWith(SystemExtension.class)
class BurstyLoadTest {

    /** The gateway's gateway.upstream.keep-alive-timeout in this test (whole seconds, as Vert.x takes it). */
    private static final int POOL_KEEP_ALIVE_S = 3;
    /** lookup-service's quarkus.http.idle-timeout in this test: above the pool's, as in production. */
    private static final int SERVICE_IDLE_S = 6;
    private static final int CONCURRENCY = 64;
    private static final int PER_BURST = 2_300;
    private static final List<String> NAMES = List.of("Raymond Siu", "John Lee Ka-chiu", "Elvis Angus Logan Morey",
            "Mohammed Al-Rashid", "Anna Petrova", "Ivan Ivanovich Sidorov", "Jean-Pierre Dubois", "Li Wei",
            "Maria Garcia Lopez", "Ahmad Karimi", "Olga Kuznetsova", "Kim Jong Su", "Hassan Nasrallah",
            "Carlos Mendoza Ruiz", "Siu Raymond", "Smith John");

    @Test
    void burstsWithIdleGapsAcrossTheKeepAliveLimitsGetNo5xx(RunningSystem system) throws Exception {
        ServiceProcess lookup = system.launchExtra("lookup-service",
                Map.of("QUARKUS_HTTP_IDLE_TIMEOUT", SERVICE_IDLE_S + "S"));
        ServiceProcess gateway = system.launchExtra("gateway", Map.of("LOOKUP_URL", lookup.baseUrl(),
                "GATEWAY_UPSTREAM_KEEP_ALIVE_TIMEOUT", POOL_KEEP_ALIVE_S + "S",
                "RATE_LIMIT_PER_SECOND", "1000000", "RATE_LIMIT_BURST", "1000000"));
        try {
            Run run = new Run(gateway.baseUrl() + "/api/v1/screenings", Tokens.bankDemo());
            long[] gapsMillis = gapsAround(POOL_KEEP_ALIVE_S * 1000L, SERVICE_IDLE_S * 1000L);
            long started = System.nanoTime();
            run.burst(PER_BURST);
            for (long gap : gapsMillis) {
                // the idle gap is what is under test: nothing is sent while the pooled connections age
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(gap));
                run.burst(PER_BURST);
            }
            long wallMillis = (System.nanoTime() - started) / 1_000_000;
            run.close();
            System.out.printf("bursty run: %d requests in %d bursts of %d (%d concurrent), gaps %s ms, %d ms in all:"
                    + " statuses %s, p50 %.2f ms, p99 %.2f ms, max %.1f ms%n", run.count(), gapsMillis.length + 1,
                    PER_BURST, CONCURRENCY, Arrays.toString(gapsMillis), wallMillis, run.statuses(),
                    run.millis(0.50), run.millis(0.99), run.millis(1.0));

            assertThat(run.count()).isGreaterThanOrEqualTo(20_000);
            assertThat(run.statuses()).as("no 5xx, no broken connection (0), every screening answered")
                    .containsOnlyKeys(200);
        } finally {
            gateway.stop();
            lookup.stop();
        }
    }

    /** Just below, at and just above each limit, plus a short gap and a long one beyond both. */
    private static long[] gapsAround(long poolKeepAlive, long serviceIdle) {
        List<Long> gaps = new ArrayList<>(List.of(500L));
        for (long limit : new long[] {poolKeepAlive, serviceIdle}) {
            for (long offset : new long[] {-500, 0, 500}) {
                gaps.add(limit + offset);
            }
        }
        gaps.add(serviceIdle + 2_000);
        return gaps.stream().mapToLong(Long::longValue).toArray();
    }

    /** 64 callers in a closed loop, one burst at a time; statuses (0: no answer) and latencies of every request. */
    private static final class Run {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY);
        private final String url;
        private final String token;
        private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        private final long[] latencies = new long[200_000];
        private final AtomicInteger recorded = new AtomicInteger();

        Run(String url, String token) {
            this.url = url;
            this.token = token;
        }

        void burst(int requests) throws InterruptedException {
            AtomicInteger left = new AtomicInteger(requests);
            List<java.util.concurrent.Callable<Void>> loops = new ArrayList<>();
            for (int c = 0; c < CONCURRENCY; c++) {
                loops.add(() -> {
                    for (int n = left.getAndDecrement(); n > 0; n = left.getAndDecrement()) {
                        screen(NAMES.get(n % NAMES.size()));
                    }
                    return null;
                });
            }
            callers.invokeAll(loops);
        }

        private void screen(String name) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build();
            long sent = System.nanoTime();
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 0;
            }
            latencies[recorded.getAndIncrement()] = System.nanoTime() - sent;
            statuses.computeIfAbsent(status, key -> new AtomicLong()).incrementAndGet();
        }

        long count() {
            return recorded.get();
        }

        Map<Integer, Long> statuses() {
            Map<Integer, Long> out = new TreeMap<>();
            statuses.forEach((status, count) -> out.put(status, count.get()));
            return out;
        }

        double millis(double quantile) {
            long[] sorted = Arrays.copyOf(latencies, recorded.get());
            Arrays.sort(sorted);
            int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1));
            return sorted[i] / 1e6;
        }

        void close() {
            callers.shutdownNow();
        }
    }
}
