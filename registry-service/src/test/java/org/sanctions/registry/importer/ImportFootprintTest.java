package org.sanctions.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctions.registry.importer.ofac.OfacCsvParser;
import org.sanctions.registry.importer.uk.UkOfsiParser;

/**
 * Time and peak heap of parsing whole real files with a sink that keeps nothing, as an import does. Run it alone
 * with a small heap to show that parsing streams:
 * {@code ./mvnw -B -o verify -pl registry-service -Dtest=ImportFootprintTest -DargLine=-Xmx64m}.
 */
class ImportFootprintTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void parsesTheFullSdnFileAndReimportsItWithFlatMemory() throws Exception {
        ImportInput sdn = TestData.input("ofac_sdn_2024-05/sdn.csv");
        Map<SourceKey, String> stored = new HashMap<>();
        measure("SDN 2024-05 first import (parse + fingerprint)", () -> OfacCsvParser.sdn()
                .parse(sdn, p -> stored.put(p.key(), PartyFingerprint.of(p)), r -> { }));
        assertThat(stored).hasSize(14_965);

        DeltaPlanner planner = new DeltaPlanner(stored);
        AtomicLong unchanged = new AtomicLong();
        measure("SDN 2024-05 re-import (parse + delta)", () -> OfacCsvParser.sdn().parse(sdn, p -> {
            if (planner.classify(p) == DeltaPlanner.Change.UNCHANGED) {
                unchanged.incrementAndGet();
            }
        }, r -> { }));
        assertThat(unchanged.get()).isEqualTo(14_965);
        assertThat(planner.plan().isNoOp()).isTrue();
    }

    /**
     * Ten copies of the SDN file under new ent_nums (149,650 entries, 37 MB): held in memory the parsed entries would
     * take about 160 MB (16 MB per copy, measured), so passing under -Xmx64m shows the parser streams and spills.
     */
    @Test
    void parsesAListTenTimesTheSdnFileWithFlatMemory(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("sdn.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, CP1252)) {
            for (int copy = 0; copy < 10; copy++) {
                try (BufferedReader in = Files.newBufferedReader(TestData.path("ofac_sdn_2024-05/sdn.csv"), CP1252)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int comma = line.indexOf(',');
                        if (comma > 0) {
                            out.write((Long.parseLong(line.substring(0, comma)) + copy * 1_000_000L)
                                    + line.substring(comma) + "\r\n");
                        }
                    }
                }
            }
        }
        AtomicLong parties = new AtomicLong();
        measure("SDN x10 (149,650 entries, " + Files.size(big) / (1024 * 1024) + " MB)", () -> OfacCsvParser.sdn()
                .parse(ImportInput.of(big), p -> parties.incrementAndGet(), r -> { }));
        assertThat(parties.get()).isEqualTo(149_650);
    }

    @Test
    void parsesTheUkWorkbookWithFlatMemory() throws Exception {
        ImportInput uk = TestData.input("uk_ofsi/UK_Sanctions_List.xlsx");
        AtomicLong parties = new AtomicLong();
        measure("UK OFSI XLSX 2025-04 (parse)", () -> UkOfsiParser.xlsx().parse(uk, p -> parties.incrementAndGet(),
                r -> { }));
        assertThat(parties.get()).isEqualTo(4_686);
    }

    /** Runs the work and prints wall time, CPU time of this thread and the peak heap use sampled every 5 ms. */
    private static void measure(String what, Runnable work) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        PeakHeap heap = PeakHeap.sampleEvery(5);
        try (heap) {
            work.run();
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf("%s: %d ms wall, %d ms CPU, %s%n", what, wall, cpuMillis, heap.report());
    }
}
