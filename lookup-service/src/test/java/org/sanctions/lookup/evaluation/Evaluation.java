package org.sanctions.lookup.evaluation;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.NameNormalizer;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/**
 * Quality and speed of the engine on the real lists and the labelled sets. Run with
 * {@code ./mvnw -B -o -pl lookup-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sanctions.lookup.evaluation.Evaluation [-Dexec.args="--negatives 50000 --threads 2"]};
 * {@code --quality false} measures speed only.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int negatives = Integer.parseInt(opts.getOrDefault("negatives", "50000"));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "2"));
        ScoringWeights weights = ScoringWeights.defaults();
        NameNormalizer.warmUp();
        EvaluationData data = EvaluationData.load();
        LabelledSets sets = LabelledSets.load(data.un, negatives);
        long start = System.nanoTime();
        ScreeningIndex lists = new ScreeningIndex(weights);
        lists.replaceAll(data.lists());
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        ScreeningIndex withPairs = new ScreeningIndex(weights);
        List<ListedParty> all = new ArrayList<>(data.lists());
        all.addAll(sets.pairParties);
        withPairs.replaceAll(all);
        System.out.printf("Lists: %d parties, %d names, vocabulary %d; parse %d ms, index build %d ms%n",
                lists.partyCount(), lists.nameCount(), lists.vocabularySize(), data.loadMillis, buildMillis);
        sets.unlabelled.forEach((k, v) -> System.out.printf("Skipped %d rows: %s%n", v, k));

        if (opts.getOrDefault("quality", "true").equals("false")) {
            BatchSpeed.measure(lists, sets.negatives, threads, weights.threshold());
            singleLatency(lists, sets, weights.threshold());
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        Outcomes positives = Outcomes.run(pool, lists, withPairs, sets.positives, true);
        Outcomes pairs = Outcomes.run(pool, lists, withPairs, sets.nonMatchingPairs, true);
        Outcomes innocents = Outcomes.run(pool, lists, lists, sets.negatives, true);
        Outcomes innocentsNameOnly = Outcomes.run(pool, lists, lists, sets.negatives, false);

        QualityReport report = new QualityReport(positives, pairs, innocents, innocentsNameOnly);
        report.printSweep();
        report.printAt(weights.threshold());
        BatchSpeed.measure(lists, sets.negatives, threads, weights.threshold());
        singleLatency(lists, sets, weights.threshold());
    }

    private static void singleLatency(ScreeningIndex index, LabelledSets sets, double threshold) {
        List<String> names = new ArrayList<>();
        sets.positives.forEach(q -> names.add(q.name()));
        sets.negatives.stream().limit(3000).forEach(q -> names.add(q.name()));
        for (String n : names) {
            index.screen(ScreeningQuery.byName(n, threshold)); // warm-up
        }
        long[] nanos = new long[names.size()];
        long[] cpu = new long[names.size()];
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < names.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            List<Match> ignored = index.screen(ScreeningQuery.byName(names.get(i), threshold));
            nanos[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("Single screening, one thread, %d names: wall p50 %.3f ms, p99 %.3f ms, max %.3f ms;"
                + " CPU p50 %.3f ms, p99 %.3f ms%n", nanos.length, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6, cpu[cpu.length / 2] / 1e6,
                cpu[(int) (cpu.length * 0.99)] / 1e6);
        System.out.printf("Machine load average during the run: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }



    static Map<String, String> options(String[] args) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return out;
    }
}
