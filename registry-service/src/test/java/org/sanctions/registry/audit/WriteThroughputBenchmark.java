package org.sanctions.registry.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.TestData;
import org.sanctions.registry.audit.chain.ChainAppender;
import org.sanctions.registry.audit.chain.ChainDatabase;
import org.sanctions.registry.audit.chain.ChainVerifier;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.PartyService;
import org.sanctions.testkit.PostgresResource;

/**
 * Timing tool, not a test: prints write throughput with the hash chain on (full party creations through the
 * service, one writer and several) and the time to verify a 100,000-event chain. Asserts nothing; run on request:
 * {@code ./mvnw -B verify -pl registry-service -Dtest=WriteThroughputBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class WriteThroughputBenchmark {

    private static final int WRITES = Integer.getInteger("bench.writes", 2000);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int CHAIN = Integer.getInteger("bench.chain", 100_000);

    @Inject
    PartyService parties;
    @Inject
    ObjectMapper json;

    @Test
    void measure() throws Exception {
        WriteContext context = new WriteContext(new Actor("bench", "bench", "bench"), "benchmark");
        writes(200, 1, context);
        report("party creations, 1 writer", WRITES, writes(WRITES, 1, context));
        report("party creations, " + THREADS + " writers", WRITES, writes(WRITES, THREADS, context));

        ChainDatabase chain = ChainDatabase.create("chain_benchmark");
        long start = System.nanoTime();
        appendInBatches(chain, CHAIN);
        report("bare chain appends, 1 writer, 1000 per transaction", CHAIN, System.nanoTime() - start);
        for (int run = 0; run < 3; run++) {
            try (Connection c = chain.connect()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                long t = System.nanoTime();
                ChainVerifier.Report r = new ChainVerifier().verify(c);
                System.out.printf("BENCH verify %d events: valid=%s in %d ms%n", r.checked(), r.valid(),
                        (System.nanoTime() - t) / 1_000_000);
                c.rollback();
            }
        }
    }

    private long writes(int total, int threads, WriteContext context) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = total / threads;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        parties.create(json.convertValue(TestData.person("BENCH, Party " + i), PartyInput.class), context);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void appendInBatches(ChainDatabase chain, int total) throws Exception {
        ChainAppender appender = new ChainAppender();
        try (Connection c = chain.connect()) {
            c.setAutoCommit(false);
            for (int i = 0; i < total; i++) {
                appender.append(c, ChainDatabaseDrafts.draft(i));
                if (i % 1000 == 999) {
                    c.commit();
                }
            }
            c.commit();
        }
    }

    private static void report(String what, int events, long nanos) {
        System.out.printf("BENCH %s: %d events in %d ms = %.0f events/s%n", what, events, nanos / 1_000_000,
                events / (nanos / 1e9));
    }
}
