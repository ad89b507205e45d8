package org.sanctions.registry.importer;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the heap in use while some work runs (after a GC for the baseline), for footprint tests. */
public final class PeakHeap implements AutoCloseable {

    private static final Runtime RUNTIME = Runtime.getRuntime();

    private final long baseline;
    private final AtomicLong peak;
    private final Thread sampler;

    private PeakHeap(long everyMillis) {
        System.gc();
        baseline = used();
        peak = new AtomicLong(baseline);
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
    }

    public static PeakHeap sampleEvery(long millis) {
        return new PeakHeap(millis);
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }

    /** "peak heap used P MB (baseline B MB, max heap M MB)". */
    public String report() {
        return String.format("peak heap used %d MB (baseline %d MB, max heap %d MB)", peak.get() / (1024 * 1024),
                baseline / (1024 * 1024), RUNTIME.maxMemory() / (1024 * 1024));
    }

    private static long used() {
        return RUNTIME.totalMemory() - RUNTIME.freeMemory();
    }
}
