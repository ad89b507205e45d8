import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the stack's processes cost during a sweep level: CPU ticks from /proc by process group (the pid files of
 * deploy/local/run.sh), PostgreSQL by process name, this load generator itself, and the rest of the machine; and the
 * lookup service's own latency histogram from /q/metrics.
 */
final class SweepCpu {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final Pattern BUCKET = Pattern.compile(
            "^lookup_screening_duration_seconds_bucket\\{(.*)le=\"([^\"]+)\".*\\}\\s+(\\S+)$");
    private static final String[] NAMES = {"lookup-service", "gateway", "registry-service", "keycloak"};

    private final Map<Long, String> groups = new LinkedHashMap<>();
    private final long self = ProcessHandle.current().pid();

    SweepCpu(Path runDir) throws IOException {
        for (String name : NAMES) {
            Path pidFile = runDir.resolve(name + ".pid");
            if (Files.exists(pidFile)) {
                groups.put(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()), name);
            }
        }
    }

    /**
     * CPU ticks so far by process id, under keys "owner pid" (owner: a service, "postgres", "load" for this JVM), and
     * "machine" for all busy ticks. Per process, so that a PostgreSQL backend ending between two samples does not take
     * its earlier ticks out of the difference.
     */
    Map<String, Long> sample() throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String pid = proc.getFileName().toString();
                if (!pid.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(proc.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long used = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                String owner = Long.parseLong(pid) == self ? "load"
                        : comm.startsWith("postgres") ? "postgres" : groups.get(Long.parseLong(f[2]));
                if (owner != null) {
                    ticks.put(owner + " " + pid, used);
                }
            }
        }
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7}) { // user, nice, system, irq, softirq: not idle, iowait, steal, guest
            busy += Long.parseLong(cpu[i]);
        }
        ticks.put("machine", busy);
        return ticks;
    }

    /** Ticks per owner between two samples: processes in both, and those started in between. */
    static Map<String, Long> byOwner(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new LinkedHashMap<>();
        for (String name : NAMES) {
            used.put(name, 0L);
        }
        used.put("postgres", 0L);
        used.put("load", 0L);
        after.forEach((key, ticks) -> {
            if (!key.equals("machine")) {
                used.merge(key.split(" ")[0], ticks - before.getOrDefault(key, 0L), Long::sum);
            }
        });
        return used;
    }

    /** CPU milliseconds the services and PostgreSQL spent per request between two samples (not this generator). */
    static double stackMillisPerRequest(Map<String, Long> before, Map<String, Long> after, long requests) {
        Map<String, Long> used = byOwner(before, after);
        long ticks = 0;
        for (String name : List.of("lookup-service", "gateway", "postgres")) {
            ticks += used.get(name);
        }
        return requests == 0 ? Double.NaN : ticks / TICKS_PER_SECOND * 1000 / requests;
    }

    /** Cores used per process between two samples, e.g. "lookup-service 0.95 gateway 0.40 ... other 0.10 of 2". */
    String usage(Map<String, Long> before, Map<String, Long> after, long wallNanos) {
        double seconds = wallNanos / 1e9;
        StringBuilder out = new StringBuilder();
        double known = 0;
        Map<String, Long> used = byOwner(before, after);
        for (String name : used.keySet()) {
            double cores = used.get(name) / TICKS_PER_SECOND / seconds;
            known += cores;
            if (cores >= 0.005) {
                out.append(name).append(' ').append(String.format("%.2f", cores)).append("  ");
            }
        }
        double machine = (after.get("machine") - before.get("machine")) / TICKS_PER_SECOND / seconds;
        return out.append(String.format("other %.2f  (machine %.2f of %d)", Math.max(0, machine - known), machine,
                Runtime.getRuntime().availableProcessors())).toString();
    }

    /** Cumulative bucket counts of one stage of the service's screening timer: pairs of bound (s) and count. */
    static double[] histogram(String lookup, String stage) throws IOException, InterruptedException {
        String text = LoadRun.HTTP.send(HttpRequest.newBuilder(URI.create(lookup + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<Double> pairs = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = BUCKET.matcher(line);
            if (m.find() && m.group(1).contains("stage=\"" + stage + "\"")) {
                pairs.add(m.group(2).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(2)));
                pairs.add(Double.parseDouble(m.group(3)));
            }
        }
        return pairs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] delta(double[] after, double[] before) {
        double[] d = after.clone();
        for (int i = 1; i < d.length && before.length == after.length; i += 2) {
            d[i] -= before[i];
        }
        return d;
    }

    /** Quantile in ms, linear within its bucket; NaN when the service has no histogram or saw nothing. */
    static double quantile(double[] buckets, double q) {
        if (buckets.length < 2 || buckets[buckets.length - 1] == 0) {
            return Double.NaN;
        }
        double wanted = q * buckets[buckets.length - 1];
        double lowBound = 0;
        double lowCount = 0;
        for (int i = 0; i < buckets.length; i += 2) {
            if (buckets[i + 1] >= wanted) {
                if (Double.isInfinite(buckets[i])) {
                    return lowBound * 1000;
                }
                double share = buckets[i + 1] == lowCount ? 1 : (wanted - lowCount) / (buckets[i + 1] - lowCount);
                return (lowBound + share * (buckets[i] - lowBound)) * 1000;
            }
            lowBound = buckets[i];
            lowCount = buckets[i + 1];
        }
        return Double.NaN;
    }

    static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }
}
