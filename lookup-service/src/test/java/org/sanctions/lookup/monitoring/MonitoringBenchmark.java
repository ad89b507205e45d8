package org.sanctions.lookup.monitoring;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.sanctions.lookup.evaluation.EvaluationData;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.NameNormalizer;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;

/**
 * Monitoring at scale, in process (the CPU side, without PostgreSQL or HTTP): the real SDN and UN lists, a
 * deterministic generated book of N customers (seed 42; common given names and surnames of several cultures, written
 * here, combined at random, with every 10,000th customer planted as a real listed person's name), then
 * <ul>
 * <li>the customer index: build time and heap after GC,</li>
 * <li>delta rescreen per changed party (candidates from the customer index, each scored forward): p50/p99 over 2,000
 * listed parties,</li>
 * <li>full rescreen (each customer against the lists, as {@link FullRescreen} does) on T threads: customers/s wall
 * and per CPU-second of the screening threads.</li>
 * </ul>
 * Run: {@code MAVEN_OPTS=-Xmx6g ./mvnw -B -pl lookup-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sanctions.lookup.monitoring.MonitoringBenchmark -Dexec.args="1000000 2"}
 */
public final class MonitoringBenchmark {

    private static final String[] GIVEN = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Thomas", "Jessica", "Maria", "Jose",
        "Juan", "Ana", "Luis", "Carmen", "Pedro", "Lucia", "Ahmed", "Fatima", "Ali", "Aisha", "Omar", "Layla",
        "Hassan", "Yusuf", "Mariam", "Karim", "Wei", "Li", "Ming", "Hua", "Jun", "Xiu", "Hiroshi", "Yuki", "Kenji",
        "Akira", "Olga", "Ivan", "Sergei", "Natalia", "Dmitri", "Elena", "Priya", "Rahul", "Anita", "Vikram",
        "Sunita", "Arjun", "Chloe", "Lukas", "Sophie", "Jan", "Eva", "Pierre", "Claire", "Marco", "Giulia", "Kwame",
        "Amara", "Chinedu", "Ngozi", "Tunde"};
    private static final String[] FAMILY = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young",
        "Khan", "Hussain", "Rahman", "Haddad", "Nasser", "Saleh", "Mansour", "Wang", "Zhang", "Liu", "Chen", "Yang",
        "Huang", "Zhao", "Wu", "Zhou", "Sato", "Suzuki", "Takahashi", "Tanaka", "Ivanov", "Smirnov", "Kuznetsov",
        "Popov", "Petrova", "Sharma", "Patel", "Singh", "Gupta", "Kumar", "Muller", "Schmidt", "Schneider",
        "Fischer", "Dubois", "Moreau", "Rossi", "Russo", "Ferrari", "Mensah", "Okafor", "Adeyemi", "Nkosi",
        "Novak", "Kowalski", "Nielsen", "Jensen", "Silva", "Santos", "Costa"};
    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "ES", "IT", "CN", "JP", "IN", "RU", "BR",
        "NG", "EG", "AE", "PK", "MX", "CA", "AU", "NL", "PL"};

    private MonitoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--csv")) {
            writeCsv(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        NameNormalizer.warmUp();
        List<ListedParty> listed = EvaluationData.load().lists();
        ScreeningIndex lists = new ScreeningIndex(ScoringWeights.defaults());
        lists.replaceAll(listed);
        List<ListedParty> persons = listed.stream().filter(p -> p.kind() == Kind.PERSON).toList();
        double threshold = lists.weights().threshold();
        List<Customer> book = generate(n, persons);
        Map<String, Customer> byId = new HashMap<>(n * 2);
        for (Customer c : book) {
            byId.put(c.customerId(), c);
        }

        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        CustomerIndex index = new CustomerIndex(lists.weights(), Math.max(0, threshold - 0.15));
        index.replaceAll(book);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = usedHeapAfterGc();
        System.out.printf("%nCustomer index: %,d customers built in %.1f s; heap +%,d MB after GC%n", index.size(),
                buildSeconds, (heapAfter - heapBefore) / (1024 * 1024));

        // delta rescreen per changed party: 2,000 listed parties, the first 200 as warm-up
        Random pick = new Random(7);
        long[] nanos = new long[2000];
        long candidates = 0;
        int alerts = 0;
        for (int i = -200; i < nanos.length; i++) {
            ListedParty party = listed.get(pick.nextInt(listed.size()));
            long t0 = System.nanoTime();
            var keys = index.candidates(party);
            int hits = 0;
            for (CustomerIndex.CustomerKey key : keys) {
                hits += CustomerScreener.screenAgainst(lists, byId.get(key.customerId()), party.id(), threshold).size();
            }
            long t = System.nanoTime() - t0;
            if (i >= 0) {
                nanos[i] = t;
                candidates += keys.size();
                alerts += hits;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("Delta rescreen per changed party (2,000 parties): p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                + " %.1f candidate customers and %.3f alerts per party%n", nanos[1000] / 1e6, nanos[1980] / 1e6,
                nanos[1999] / 1e6, candidates / 2000.0, alerts / 2000.0);

        // full rescreen: warm-up on the first 20,000, then the whole book
        fullRescreen(lists, book.subList(0, Math.min(20_000, n)), threads, threshold);
        start = System.nanoTime();
        AtomicInteger matched = new AtomicInteger();
        long cpu = fullRescreen(lists, book, threads, threshold, matched);
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf("Full rescreen: %,d customers on %d threads in %.1f s = %,.0f customers/s;"
                + " %.1f CPU-s = %,.0f customers per CPU-second; %,d customers with a match (%d planted)%n", n, threads,
                wall, n / wall, cpu / 1e9, n / (cpu / 1e9), matched.get(), n / 10_000);
    }

    /** Invented names, each given to one customer of a written book, that no list holds: a list change naming one hits
     * exactly one customer, so its commit-to-alert time is that of one alert among N customers. */
    static final String[] CANARIES = {"Quorvalen Ystridova", "Maelthorn Vashkirev", "Ilsabet Korrowyn",
        "Tavrin Oskeljaro", "Perrowyn Dastulek"};

    /**
     * Writes the book as a customer-upload CSV (the same seed, names and planted real listed names as the in-process
     * run), with {@link #CANARIES} as the last customers, for the measurement through the running service
     * (lookup-service/README.md, "Monitoring at scale through the running service").
     */
    private static void writeCsv(Path file, int n) throws Exception {
        List<ListedParty> persons = EvaluationData.load().lists().stream().filter(p -> p.kind() == Kind.PERSON)
                .toList();
        List<Customer> book = new ArrayList<>(generate(n - CANARIES.length, persons));
        for (int i = 0; i < CANARIES.length; i++) {
            book.add(new Customer("bank-bench", String.format("canary%d", i), CANARIES[i], Kind.PERSON, "1970", "GB",
                    List.of(), Map.of()));
        }
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("customerId,name,kind,birthDate,nationality\n");
            for (Customer c : book) {
                out.write(c.customerId() + ",\"" + c.name().replace("\"", "\"\"") + "\"," + c.kind() + ","
                        + c.birthDate() + "," + c.nationality() + "\n");
            }
        }
        System.out.printf("wrote %,d customers to %s%n", book.size(), file);
    }

    private static List<Customer> generate(int n, List<ListedParty> persons) {
        Random random = new Random(42);
        List<Customer> book = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name;
            if (i % 10_000 == 5_000) {
                name = persons.get(random.nextInt(persons.size())).primaryName();
            } else {
                name = GIVEN[random.nextInt(GIVEN.length)] + (random.nextInt(4) == 0
                        ? " " + GIVEN[random.nextInt(GIVEN.length)] : "") + " " + FAMILY[random.nextInt(FAMILY.length)];
            }
            String birth = Integer.toString(1940 + random.nextInt(65));
            book.add(new Customer("bank-bench", String.format("c%07d", i), name, Kind.PERSON, birth,
                    COUNTRIES[random.nextInt(COUNTRIES.length)], List.of(), Map.of()));
        }
        return book;
    }

    private static long fullRescreen(ScreeningIndex lists, List<Customer> book, int threads, double threshold)
            throws Exception {
        return fullRescreen(lists, book, threads, threshold, new AtomicInteger());
    }

    private static long fullRescreen(ScreeningIndex lists, List<Customer> book, int threads, double threshold,
            AtomicInteger matched) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong cpu = new AtomicLong();
        List<Future<?>> parts = new ArrayList<>();
        int per = (book.size() + threads - 1) / threads;
        for (int from = 0; from < book.size(); from += per) {
            List<Customer> part = book.subList(from, Math.min(book.size(), from + per));
            parts.add(pool.submit(() -> {
                long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (Customer customer : part) {
                    if (!CustomerScreener.screen(lists, customer, threshold).isEmpty()) {
                        matched.incrementAndGet();
                    }
                }
                cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0);
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
        pool.shutdown();
        return cpu.get();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
