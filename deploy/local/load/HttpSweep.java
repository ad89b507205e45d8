import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Single screenings at fixed concurrency levels, with a fixed list of query names, straight to lookup-service and
 * through the gateway, real bank-demo tokens. Per level: throughput, client p50/p99/max, statuses, the service's own
 * p50/p99 (difference of two scrapes of its {@code lookup_screening_duration_seconds} histogram) and the CPU each
 * process of the stack used (from /proc), since the load generator shares the machine. Run by load.sh --sweep.
 */
public class HttpSweep {

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = LoadRun.options(args);
        if (opt.containsKey("help")) {
            System.out.println("load.sh --sweep [--names FILE[,FILE...]] [--targets direct,gateway]"
                    + " [--concurrency 1,4,16,64] [--seconds 20] [--warmup 5] [--gateway http://localhost:8080]"
                    + " [--lookup http://localhost:8082] [--issuer http://localhost:8180/realms/sanctions]\n"
                    + "load.sh --sweep --bursty [--target gateway|direct] [--concurrency 64] [--burst-requests 2000]"
                    + " [--gaps 1,29,30,31,119,120,121,1] (idle seconds between bursts; exit 1 on any 5xx)\n"
                    + "FILE: one name per line, or a CSV whose first column is the name (header skipped).");
            return;
        }
        Path root = Path.of(opt.getOrDefault("root", "."));
        List<String> names = SweepNames.read(opt.getOrDefault("names",
                root.resolve("../shared/data/name_matching/negatives_us.csv") + ","
                        + root.resolve("../shared/data/name_matching/positives_un_treated.csv")));
        String lookup = opt.getOrDefault("lookup", "http://localhost:8082");
        Map<String, String> bases = Map.of("direct", lookup, "gateway", opt.getOrDefault("gateway",
                "http://localhost:8080"));
        LoadRun.Tokens tokens = new LoadRun.Tokens(opt.getOrDefault("issuer", "http://localhost:8180/realms/sanctions"));
        if (opt.containsKey("bursty")) {
            BurstySweep.run(opt, names, tokens);
            return;
        }
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "5"));
        SweepCpu cpu = new SweepCpu(root.resolve(".local/run"));
        System.out.printf("sweep %s: %d query names, %d s per level after %d s warm-up, load average %s%n",
                java.time.Instant.now(), names.size(), seconds, warmup, SweepCpu.loadAverage());
        System.out.printf("%-8s %5s %7s %8s %8s %8s %6s %-18s %9s %9s %9s %8s  %s%n", "target", "conc", "req/s", "p50",
                "p99", "max", "errors", "statuses", "svc p50", "svc p99", "match p99", "CPU/req", "CPU cores used");
        for (String target : opt.getOrDefault("targets", "direct,gateway").split(",")) {
            for (String level : opt.getOrDefault("concurrency", "1,4,16,64").split(",")) {
                int threads = Integer.parseInt(level.trim());
                String url = bases.get(target.trim()) + "/api/v1/screenings";
                run(url, names, threads, warmup, () -> tokens.get("bank"), null);
                Map<String, Long> cpuBefore = cpu.sample();
                double[] answerBefore = SweepCpu.histogram(lookup, "answer");
                double[] matchBefore = SweepCpu.histogram(lookup, "match");
                Level result = new Level();
                long wall = run(url, names, threads, seconds, () -> tokens.get("bank"), result);
                Map<String, Long> cpuAfter = cpu.sample();
                String usage = cpu.usage(cpuBefore, cpuAfter, wall);
                double cpuPerRequest = SweepCpu.stackMillisPerRequest(cpuBefore, cpuAfter, result.count());
                double[] answer = SweepCpu.delta(SweepCpu.histogram(lookup, "answer"), answerBefore);
                double[] match = SweepCpu.delta(SweepCpu.histogram(lookup, "match"), matchBefore);
                System.out.printf("%-8s %5d %7.0f %6.2fms %6.2fms %6.1fms %6d %-18s %7.2fms %7.2fms %7.2fms %6.3fms  %s%n",
                        target, threads, result.count() * 1e9 / wall, result.ms(0.50), result.ms(0.99), result.ms(1.0),
                        result.errors(), result.statuses, SweepCpu.quantile(answer, 0.50),
                        SweepCpu.quantile(answer, 0.99), SweepCpu.quantile(match, 0.99), cpuPerRequest, usage);
            }
        }
        System.out.printf("done, load average %s%n", SweepCpu.loadAverage());
    }

    /** Closed loop: each thread sends the next name of the fixed list as soon as its previous answer came. */
    static long run(String url, List<String> names, int threads, int seconds,
            java.util.function.Supplier<String> token, Level record) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    String name = names.get((int) (next.getAndIncrement() % names.size()));
                    long sent = System.nanoTime();
                    int status = post(url, token.get(), name);
                    if (record != null) {
                        record.add(status, System.nanoTime() - sent);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return System.nanoTime() - start;
    }

    static int post(String url, String token, String name) {
        String body = "{\"name\":\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        try {
            return LoadRun.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Latencies and statuses of one level. */
    static final class Level {
        private final List<long[]> chunks = new ArrayList<>();
        private final ThreadLocal<long[]> own = new ThreadLocal<>();
        private final ThreadLocal<int[]> fill = ThreadLocal.withInitial(() -> new int[1]);
        final Map<Integer, Long> statuses = new TreeMap<>();
        private final Map<Integer, AtomicLong> counts = new ConcurrentHashMap<>();

        void add(int status, long nanos) {
            long[] mine = own.get();
            int[] n = fill.get();
            if (mine == null || n[0] == mine.length) {
                mine = new long[1 << 16];
                n[0] = 0;
                own.set(mine);
                synchronized (chunks) {
                    chunks.add(mine);
                }
            }
            mine[n[0]++] = nanos + 1; // 0 marks an unused slot
            counts.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
        }

        long count() {
            return counts.values().stream().mapToLong(AtomicLong::get).sum();
        }

        long errors() {
            counts.forEach((k, v) -> statuses.put(k, v.get()));
            return counts.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                    .mapToLong(e -> e.getValue().get()).sum();
        }

        double ms(double q) {
            long[] all = chunks.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
            if (all.length == 0) {
                return 0;
            }
            int i = (int) Math.min(all.length - 1, Math.max(0, Math.ceil(q * all.length) - 1));
            return (all[i] - 1) / 1e6;
        }
    }

    /** The fixed query names. */
    static final class SweepNames {
        static List<String> read(String files) throws IOException {
            List<String> names = new ArrayList<>();
            for (String file : files.split(",")) {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                boolean csv = file.endsWith(".csv");
                for (int i = csv ? 1 : 0; i < lines.size(); i++) {
                    String name = csv ? firstField(lines.get(i)) : lines.get(i).strip();
                    if (!name.isBlank()) {
                        names.add(name);
                    }
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("no names in " + files);
            }
            return names;
        }

        private static String firstField(String line) {
            if (!line.startsWith("\"")) {
                int comma = line.indexOf(',');
                return comma < 0 ? line : line.substring(0, comma);
            }
            StringBuilder field = new StringBuilder();
            for (int i = 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    break;
                } else {
                    field.append(c);
                }
            }
            return field.toString();
        }
    }
}
