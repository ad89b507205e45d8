package org.sanctions.lookup.evaluation;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.ListedName;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.NameNormalizer;
import org.sanctions.lookup.matching.NameType;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/**
 * Synthetic scale-up: the real lists plus generated parties whose names recombine real surnames and given names,
 * up to the requested number of indexed names; reports build time, heap after GC and screening latency. Run with
 * {@code ./mvnw -B -o -pl lookup-service test-compile exec:exec -Pscale-up} (see README) or java -Xmx2g ... main.
 */
public final class ScaleUpBenchmark {

    private ScaleUpBenchmark() {
    }

    public static void main(String[] args) {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        NameNormalizer.warmUp();
        EvaluationData data = EvaluationData.load();
        List<ListedParty> parties = new ArrayList<>(data.lists());
        LabelledSets sets = LabelledSets.load(data.un, 2000);
        parties.addAll(synthetic(data.lists(), target - countNames(parties)));
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ScreeningIndex index = new ScreeningIndex(ScoringWeights.defaults());
        index.replaceAll(parties);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        double buildCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        parties = null;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("Indexed %d parties, %d names, vocabulary %d in %.1f s wall (%.1f CPU-s); heap after GC"
                + " %.0f MiB (max %.0f MiB)%n", index.partyCount(), index.nameCount(), index.vocabularySize(),
                buildSeconds, buildCpu, heap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        List<String> queries = new ArrayList<>();
        sets.positives.forEach(q -> queries.add(q.name()));
        sets.negatives.forEach(q -> queries.add(q.name()));
        double threshold = ScoringWeights.defaults().threshold();
        queries.forEach(q -> index.screen(ScreeningQuery.byName(q, threshold)));
        long[] nanos = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < nanos.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            index.screen(ScreeningQuery.byName(queries.get(i), threshold));
            nanos[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("Screening at %d names, one thread, %d queries: wall p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                + " CPU p50 %.2f ms, p99 %.2f ms; load average %.1f%n", index.nameCount(), nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6,
                cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static int countNames(List<ListedParty> parties) {
        return parties.stream().mapToInt(p -> p.names().size()).sum();
    }

    static List<ListedParty> synthetic(List<ListedParty> real, int names) {
        List<String> surnames = new ArrayList<>();
        List<String> givens = new ArrayList<>();
        List<String> orgWords = new ArrayList<>();
        for (ListedParty p : real) {
            String primary = p.primaryName();
            if (p.kind() == Kind.PERSON && primary.contains(",")) {
                surnames.add(primary.substring(0, primary.indexOf(',')).trim());
                givens.add(primary.substring(primary.indexOf(',') + 1).trim());
            } else if (p.kind() == Kind.ORGANIZATION) {
                orgWords.addAll(Arrays.asList(primary.split("\\s+")));
            }
        }
        Random random = new Random(42);
        List<ListedParty> out = new ArrayList<>();
        ListedParty template = real.get(0);
        for (int made = 0, i = 0; made < names; i++) {
            boolean person = random.nextInt(10) < 8;
            List<ListedName> partyNames = new ArrayList<>();
            if (person) {
                String s = surnames.get(random.nextInt(surnames.size()));
                String g = givens.get(random.nextInt(givens.size()));
                partyNames.add(new ListedName(s + ", " + g, NameType.PRIMARY));
                partyNames.add(new ListedName(g + " " + surnames.get(random.nextInt(surnames.size())), NameType.AKA));
            } else {
                partyNames.add(new ListedName(orgWords.get(random.nextInt(orgWords.size())) + " "
                        + orgWords.get(random.nextInt(orgWords.size())) + " LLC", NameType.PRIMARY));
            }
            made += partyNames.size();
            out.add(new ListedParty("SYN-" + i, person ? Kind.PERSON : Kind.ORGANIZATION, 1, partyNames, List.of(),
                    Set.of(), template.sources(), template.measures()));
        }
        return out;
    }
}
