import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * load.sh --sweep --bursty: bursts of single screenings (closed loop at one concurrency, a fixed number of requests
 * each) separated by idle gaps, through the gateway by default. The default gaps straddle the stack's keep-alive
 * limits (the gateway's pool drops connections unused for 30 s, the services close them after 120 s), where a pooled
 * connection the service has just closed would give a 502. Prints statuses and p50/p99 per burst and for the run,
 * and exits with 1 when any answer was a 5xx or no answer at all.
 */
final class BurstySweep {

    private BurstySweep() {
    }

    static void run(Map<String, String> opt, List<String> names, LoadRun.Tokens tokens) throws Exception {
        String base = opt.getOrDefault("target", "gateway").equals("direct")
                ? opt.getOrDefault("lookup", "http://localhost:8082")
                : opt.getOrDefault("gateway", "http://localhost:8080");
        String url = base + "/api/v1/screenings";
        int threads = Integer.parseInt(opt.getOrDefault("concurrency", "64").split(",")[0].trim());
        int perBurst = Integer.parseInt(opt.getOrDefault("burst-requests", "2000"));
        List<Long> gaps = new ArrayList<>();
        for (String gap : opt.getOrDefault("gaps", "1,29,30,31,119,120,121,1").split(",")) {
            gaps.add((long) (Double.parseDouble(gap.trim()) * 1000));
        }
        System.out.printf("bursty %s: %s, %d bursts of %d requests at %d concurrent, gaps %s ms, load average %s%n",
                java.time.Instant.now(), url, gaps.size() + 1, perBurst, threads, gaps, SweepCpu.loadAverage());
        HttpSweep.Level total = new HttpSweep.Level();
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        try {
            for (int b = 0; b <= gaps.size(); b++) {
                if (b > 0) {
                    // the idle gap is the point: nothing is sent while the pooled connections age
                    TimeUnit.MILLISECONDS.sleep(gaps.get(b - 1));
                }
                HttpSweep.Level burst = new HttpSweep.Level();
                long wall = burst(callers, threads, url, names, perBurst, () -> tokens.get("bank"), burst, total);
                System.out.printf("burst %2d after %6d ms idle: %6.0f req/s p50 %6.2f ms p99 %7.2f ms statuses %s%n",
                        b + 1, b == 0 ? 0 : gaps.get(b - 1), perBurst * 1e9 / wall, burst.ms(0.50), burst.ms(0.99),
                        statuses(burst));
            }
        } finally {
            callers.shutdownNow();
        }
        Map<Integer, Long> all = statuses(total);
        long bad = all.entrySet().stream().filter(e -> e.getKey() == 0 || e.getKey() >= 500)
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf("all: %d requests, p50 %.2f ms p99 %.2f ms max %.1f ms, statuses %s, 5xx or no answer: %d,"
                + " load average %s%n", total.count(), total.ms(0.50), total.ms(0.99), total.ms(1.0), all, bad,
                SweepCpu.loadAverage());
        if (bad > 0) {
            System.exit(1);
        }
    }

    private static long burst(ExecutorService callers, int threads, String url, List<String> names, int requests,
            java.util.function.Supplier<String> token, HttpSweep.Level burst, HttpSweep.Level total)
            throws InterruptedException {
        AtomicLong left = new AtomicLong(requests);
        List<java.util.concurrent.Callable<Void>> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            loops.add(() -> {
                for (long n = left.getAndDecrement(); n > 0; n = left.getAndDecrement()) {
                    long sent = System.nanoTime();
                    int status = HttpSweep.post(url, token.get(), names.get((int) (n % names.size())));
                    long took = System.nanoTime() - sent;
                    burst.add(status, took);
                    total.add(status, took);
                }
                return null;
            });
        }
        long start = System.nanoTime();
        callers.invokeAll(loops);
        return System.nanoTime() - start;
    }

    private static Map<Integer, Long> statuses(HttpSweep.Level level) {
        level.errors();
        return level.statuses;
    }
}
