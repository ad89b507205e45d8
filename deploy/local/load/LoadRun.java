import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Load run against a running stack (deploy/local/run.sh) through the gateway, with real tokens, for a bounded time.
 * Phase 1 (mixed): the bank's system (client bank-demo) screens single names and batches of 100 while a compliance
 * officer (client sanctions-cli) reads the registry, several threads each. Phase 2 (isolation): the bank floods
 * screenings with many threads while the officer screens at a steady few per second; the gateway's per-client rate
 * limit must answer the flood with 429 while the officer sees none. Reports throughput, p50/p99 and errors.
 * A single-file program: {@code java deploy/local/load/LoadRun.java --help} (deploy/local/load.sh runs it).
 */
public class LoadRun {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> NAMES = List.of("John Lee Ka Chiu", "Li Jiachao", "Ka-chiu LEE", "Raymond Siu Chak-yee",
            "Paul Lam Ting-kwok", "Teresa Cheng Yeuk-wah", "Carrie Lam", "Xia Baolong", "Luo Huining", "Chris Tang",
            "Erick Tsang Kwok-wai", "Zheng Yanxiong", "Maria Gonzalez", "Peter Schmidt", "Wei Zhang", "Olga Ivanova",
            "Ahmed Hassan", "Jean Dupont", "Acme Trading Ltd", "Nordic Shipping AS");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        if (opt.containsKey("help")) {
            System.out.println("java LoadRun.java [--gateway http://localhost:8080] [--issuer "
                    + "http://localhost:8180/realms/sanctions] [--seconds 60] [--screeners 4] [--bank-rate 150]"
                    + " [--readers 2] [--officer-rate 100] [--flooders 16] [--polite-rate 5] [--flood-seconds 30]\n"
                    + "Rates are requests per second shared by a client's threads; 0 sends as fast as answers come.");
            return;
        }
        String gateway = opt.getOrDefault("gateway", "http://localhost:8080");
        String issuer = opt.getOrDefault("issuer", "http://localhost:8180/realms/sanctions");
        Tokens tokens = new Tokens(issuer);
        Client bank = new Client("bank-demo", gateway, () -> tokens.get("bank"));
        Client officer = new Client("sanctions-cli (officer)", gateway, () -> tokens.get("officer"));
        List<String> partyIds = officer.ids("/api/v1/parties?limit=100");
        System.out.printf("load run: gateway %s, %d parties to read, started %s%n", gateway, partyIds.size(),
                java.time.Instant.now());

        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "60"));
        Stats mixed = new Stats();
        Workers phase1 = new Workers(seconds);
        int screeners = Integer.parseInt(opt.getOrDefault("screeners", "4"));
        int readers = Integer.parseInt(opt.getOrDefault("readers", "2"));
        double bankRate = Double.parseDouble(opt.getOrDefault("bank-rate", "150")) / screeners;
        double officerRate = Double.parseDouble(opt.getOrDefault("officer-rate", "100")) / readers;
        phase1.start(screeners, i -> paced(bankRate, () -> {
            if (ThreadLocalRandom.current().nextInt(20) == 0) {
                bank.post("batch of 100", "/api/v1/screenings/batch", batch(100), mixed);
            } else {
                bank.post("screening", "/api/v1/screenings", single(), mixed);
            }
        }));
        phase1.start(readers, i -> paced(officerRate, () -> {
            int pick = ThreadLocalRandom.current().nextInt(3);
            if (pick == 0 || partyIds.isEmpty()) {
                officer.get("registry list", "/api/v1/parties?limit=20&name=" + enc(random(NAMES).split(" ")[0]), mixed);
            } else if (pick == 1) {
                officer.get("registry party", "/api/v1/parties/" + random(partyIds), mixed);
            } else {
                officer.get("registry programs", "/api/v1/programs", mixed);
            }
        }));
        phase1.join();
        mixed.print("Phase 1, mixed load for " + seconds + " s: bank " + opt.getOrDefault("bank-rate", "150")
                + "/s over " + screeners + " threads (1 in 20 a batch of 100), officer " + opt.getOrDefault(
                "officer-rate", "100") + "/s over " + readers + " threads (0 = unpaced)", seconds);

        int floodSeconds = Integer.parseInt(opt.getOrDefault("flood-seconds", "30"));
        double politeRate = Double.parseDouble(opt.getOrDefault("polite-rate", "5"));
        Stats alone = new Stats();
        Workers quiet = new Workers(10);
        quiet.start(1, i -> paced(politeRate, () -> officer.post("officer screening (alone)", "/api/v1/screenings",
                single(), alone)));
        quiet.join();
        Stats flood = new Stats();
        Workers phase2 = new Workers(floodSeconds);
        phase2.start(Integer.parseInt(opt.getOrDefault("flooders", "16")),
                i -> () -> bank.post("bank flood screening", "/api/v1/screenings", single(), flood));
        phase2.start(1, i -> paced(politeRate, () -> officer.post("officer screening (during flood)",
                "/api/v1/screenings", single(), flood)));
        phase2.join();
        alone.print("Phase 2a, the officer alone for 10 s at " + politeRate + "/s", 10);
        flood.print("Phase 2b, the bank floods with " + opt.getOrDefault("flooders", "16") + " threads while the officer"
                + " screens at " + politeRate + "/s, " + floodSeconds + " s", floodSeconds);
    }

    /** Calls at a fixed rate from the start, late calls going at once (no coordinated omission); 0: unpaced. */
    static Runnable paced(double perSecond, Runnable call) {
        if (perSecond <= 0) {
            return call;
        }
        long interval = (long) (1e9 / perSecond);
        long[] next = {System.nanoTime()};
        return () -> {
            long wait = next[0] - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000);
            }
            next[0] += interval;
            call.run();
        };
    }

    static String single() {
        return "{\"name\":\"" + random(NAMES) + "\"}";
    }

    static String batch(int n) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < n; i++) {
            items.append(i == 0 ? "" : ",").append("{\"ref\":\"r").append(i).append("\",\"name\":\"")
                    .append(random(NAMES)).append("\"}");
        }
        return "{\"items\":[" + items + "]}";
    }

    static <T> T random(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            opt.put(key, flag ? "true" : args[++i]);
        }
        return opt;
    }

    /** Real access tokens from the realm, fetched once per account and renewed after four minutes. */
    static final class Tokens {
        private final String tokenUrl;
        private final Map<String, String[]> cache = new ConcurrentHashMap<>();

        Tokens(String issuer) {
            this.tokenUrl = issuer + "/protocol/openid-connect/token";
        }

        String get(String who) {
            String[] t = cache.get(who);
            if (t == null || System.currentTimeMillis() - Long.parseLong(t[1]) > 240_000) {
                String form = who.equals("bank")
                        ? "grant_type=client_credentials&client_id=bank-demo&client_secret=bank-demo-secret"
                        : "grant_type=password&client_id=sanctions-cli&username=" + who + "&password=" + who;
                t = new String[] {fetch(form), Long.toString(System.currentTimeMillis())};
                cache.put(who, t);
            }
            return t[0];
        }

        private String fetch(String form) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                if (r.statusCode() != 200 || !m.find()) {
                    throw new IllegalStateException("token request answered " + r.statusCode() + ": " + r.body());
                }
                return m.group(1);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("no token from " + tokenUrl + ": " + e, e);
            }
        }
    }

    /** One API client (one client id at the gateway) sending requests and recording what came back. */
    record Client(String name, String gateway, java.util.function.Supplier<String> token) {

        void get(String what, String path, Stats stats) {
            send(what, HttpRequest.newBuilder(URI.create(gateway + path)).GET(), stats);
        }

        void post(String what, String path, String json, Stats stats) {
            send(what, HttpRequest.newBuilder(URI.create(gateway + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)), stats);
        }

        List<String> ids(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
                    .header("Authorization", "Bearer " + token.get()).build(), HttpResponse.BodyHandlers.ofString());
            // a party's id comes right before its kind; measures have ids too
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"kind\"").matcher(r.body());
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        }

        private void send(String what, HttpRequest.Builder request, Stats stats) {
            long start = System.nanoTime();
            int status;
            try {
                status = HTTP.send(request.header("Authorization", "Bearer " + token.get())
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            stats.record(what, status, System.nanoTime() - start);
        }
    }

    /** Threads that repeat a call until the phase's time is up. */
    static final class Workers {
        private final long deadline;
        private final List<Thread> threads = new ArrayList<>();

        Workers(int seconds) {
            this.deadline = System.nanoTime() + seconds * 1_000_000_000L;
        }

        void start(int count, Function<Integer, Runnable> work) {
            for (int i = 0; i < count; i++) {
                Runnable call = work.apply(i);
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        call.run();
                    }
                });
                t.start();
                threads.add(t);
            }
        }

        void join() throws InterruptedException {
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    /** Latencies and statuses per kind of request. */
    static final class Stats {
        private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        private final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();

        void record(String what, int status, long nanos) {
            latencies.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
            statuses.computeIfAbsent(what, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
        }

        void print(String title, int seconds) {
            System.out.printf("%n%s%n%-34s %8s %9s %8s %8s %8s %7s %7s %s%n", title, "kind", "requests", "rate", "p50",
                    "p99", "max", "429", "errors", "statuses");
            latencies.keySet().stream().sorted().forEach(what -> {
                List<Long> l = new ArrayList<>(latencies.get(what));
                Collections.sort(l);
                Map<Integer, AtomicLong> s = statuses.get(what);
                long tooMany = s.getOrDefault(429, new AtomicLong()).get();
                long errors = s.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                        .filter(e -> e.getKey() != 429).mapToLong(e -> e.getValue().get()).sum();
                System.out.printf("%-34s %8d %7.1f/s %6.1fms %6.1fms %6.1fms %7d %7d %s%n", what, l.size(),
                        l.size() / (double) seconds, ms(l, 0.50), ms(l, 0.99), ms(l, 1.0), tooMany, errors,
                        new java.util.TreeMap<>(s.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                e -> e.getValue().get()))));
            });
        }

        private static double ms(List<Long> sorted, double q) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
            return sorted.get(Math.max(0, i)) / 1e6;
        }
    }
}
