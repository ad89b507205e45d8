package org.sanctions.lookup.evaluation;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/**
 * Batch throughput as the service runs it (default threshold, top 10), on N threads after a warm-up pass on other
 * names (caches of romanised words and token resemblances stay warm, as in a running service). Reports
 * wall-clock names/s and names per CPU-second of the screening threads, since the shared machine is overloaded.
 */
final class BatchSpeed {

    private BatchSpeed() {
    }

    static void measure(ScreeningIndex index, List<LabelledQuery> all, int threads, double threshold)
            throws Exception {
        // warm up (JIT) on the tuning split, measure on the held-out names: no name is screened twice
        run(index, all.stream().filter(q -> !q.heldOut()).toList(), threads, threshold);
        List<LabelledQuery> queries = all.stream().filter(LabelledQuery::heldOut).toList();
        long start = System.nanoTime();
        long cpu = run(index, queries, threads, threshold);
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nBatch: %d names at threshold %.2f on %d threads: %.1f s wall = %.0f names/s;"
                + " %.1f CPU-s = %.0f names per CPU-second%n", queries.size(), threshold, threads, wall,
                queries.size() / wall, cpu / 1e9, queries.size() / (cpu / 1e9));
    }

    private static long run(ScreeningIndex index, List<LabelledQuery> queries, int threads, double threshold)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong cpu = new AtomicLong();
        List<Future<?>> parts = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slice = t;
            parts.add(pool.submit(() -> {
                long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = slice; i < queries.size(); i += threads) {
                    LabelledQuery q = queries.get(i);
                    index.screen(new ScreeningQuery(q.name(), Kind.PERSON, q.birthDate(), q.nationality(),
                            java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null, threshold, 10));
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
}
