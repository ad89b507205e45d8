package org.sanctions.lookup.monitoring;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.index.IndexLoaded;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.monitoring.RescreenStore.Job;

/**
 * Full rescreens of customer books (names and owners) as jobs on the managed executor: one bank's book when the bank
 * asks, every book when the engine's version or configuration differs from the one the books were last screened
 * with in full. Each
 * chunk of customers is screened in parallel (CPU only), then its alerts and the job's cursor are committed in one
 * transaction, so a job stopped anywhere resumes after its last committed chunk and raises no alert twice.
 */
@ApplicationScoped
public class FullRescreen {

    private static final Logger LOG = Logger.getLogger(FullRescreen.class);

    private final RescreenStore store;
    private final CustomerStore customers;
    private final MonitoringService monitoring;
    private final IndexState lists;
    private final Assessor assessor;
    private final AlertStore alerts;
    private final ManagedExecutor executor;
    private final OwnershipAlerts ownership;
    private final int chunkSize;
    private final int parallelism;
    private final java.util.Set<UUID> active = java.util.concurrent.ConcurrentHashMap.newKeySet();

    FullRescreen(RescreenStore store, CustomerStore customers, MonitoringService monitoring, IndexState lists,
            Assessor assessor, AlertStore alerts, ManagedExecutor executor, LookupConfig config,
            OwnershipAlerts ownership) {
        this.ownership = ownership;
        this.store = store;
        this.customers = customers;
        this.monitoring = monitoring;
        this.lists = lists;
        this.assessor = assessor;
        this.alerts = alerts;
        this.executor = executor;
        this.chunkSize = config.monitoring().rescreenChunkSize();
        this.parallelism = config.monitoring().rescreenParallelism()
                .orElse(Runtime.getRuntime().availableProcessors());
    }

    /** After monitoring caught up with the feed (the observer before this one): engine check, then resume jobs. */
    void onIndexLoaded(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) IndexLoaded loaded) {
        try {
            resumeAfterStart();
        } catch (SQLException | RuntimeException e) {
            LOG.error("full rescreens could not be checked or resumed; the next start tries again", e);
        }
    }

    /** Queues a rescreen of every book when the engine changed, then runs every unfinished job. */
    void resumeAfterStart() throws SQLException {
        String version = assessor.engineVersion();
        String hash = assessor.configHash();
        Optional<String[]> last = store.lastEngine();
        if (last.isEmpty()) {
            // first start with this record: customers were screened on upsert by the engine of their time
            alerts.transaction(c -> {
                store.engineApplied(c, version, hash);
                return null;
            });
        } else if ((!last.get()[0].equals(version) || !last.get()[1].equals(hash))
                && !store.engineRescreenPending(version, hash)) {
            UUID id = UUID.randomUUID();
            store.create(id, null, "ENGINE_CHANGED", "the engine changed from " + last.get()[0] + " (" + last.get()[1]
                    + ") to " + version + " (" + hash + ")", "lookup-service", version, hash);
            LOG.infof("engine changed from %s/%s to %s/%s: full rescreen %s of every book queued", last.get()[0],
                    last.get()[1], version, hash, id);
        }
        for (Job job : store.unfinished()) {
            submit(job);
        }
    }

    /** Queues a rescreen of one bank's book with the current engine; it runs once the lists are loaded. */
    RescreenView request(String bank, String reason, String actor) throws SQLException {
        UUID id = UUID.randomUUID();
        store.create(id, bank, "REQUESTED", reason, actor, assessor.engineVersion(), assessor.configHash());
        if (lists.loaded()) {
            submit(new Job(id, bank, null, null, assessor.engineVersion(), assessor.configHash(), "REQUESTED"));
        }
        return store.find(bank, id).orElseThrow();
    }

    /**
     * Runs the job unless this process already runs it: a request accepted while the start-up resume lists the
     * unfinished jobs is submitted by both, and must run once.
     */
    private void submit(Job job) {
        if (active.add(job.id())) {
            executor.runAsync(() -> {
                try {
                    run(job);
                } finally {
                    active.remove(job.id());
                }
            });
        }
    }

    private void run(Job job) {
        try {
            if (!store.start(job.id(), customers.count(job.bank()))) {
                return; // finished meanwhile (listed as unfinished just before it completed)
            }
            String cursorBank = job.cursorBank();
            String cursorCustomer = job.cursorCustomer();
            for (List<Customer> chunk = customers.after(job.bank(), cursorBank, cursorCustomer, chunkSize);
                    !chunk.isEmpty(); chunk = customers.after(job.bank(), cursorBank, cursorCustomer, chunkSize)) {
                List<MonitoringService.Screened> matches = screen(chunk);
                Customer last = chunk.get(chunk.size() - 1);
                int size = chunk.size();
                List<Customer> batch = chunk;
                MonitoringService.AfterRecording progress = (c, changed) -> store.progress(c, job.id(), last.bank(),
                        last.customerId(), size, changed);
                try {
                    monitoring.recordAll(batch, matches, lists.listVersion(), progress);
                } catch (IllegalStateException e) {
                    // a delta rescreen raised the same pair's alert at the same moment: the chunk again, once
                    LOG.debugf(e, "full rescreen %s: chunk retried", job.id());
                    monitoring.recordAll(batch, matches, lists.listVersion(), progress);
                }
                cursorBank = last.bank();
                cursorCustomer = last.customerId();
            }
            if (job.bank() == null && "ENGINE_CHANGED".equals(job.trigger())) {
                alerts.transaction(c -> {
                    store.engineApplied(c, job.engineVersion(), job.configHash());
                    return null;
                });
            }
            store.finish(job.id(), "COMPLETED", null);
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "full rescreen %s failed", job.id());
            try {
                store.finish(job.id(), "FAILED", "the rescreen stopped: its customers up to the cursor were"
                        + " rescreened and their alerts kept; request a new rescreen");
            } catch (SQLException again) {
                LOG.errorf(again, "full rescreen %s: cannot record its failure", job.id());
            }
        }
    }

    /**
     * Each customer's matches and, when it has owners, their ownership answer against the current lists, the chunk
     * split over the executor's threads.
     */
    private List<MonitoringService.Screened> screen(List<Customer> chunk) {
        double threshold = assessor.threshold();
        int parts = Math.max(1, Math.min(parallelism, chunk.size() / 50));
        int per = (chunk.size() + parts - 1) / parts;
        List<CompletableFuture<List<MonitoringService.Screened>>> futures = new ArrayList<>(parts);
        for (int from = 0; from < chunk.size(); from += per) {
            List<Customer> part = chunk.subList(from, Math.min(chunk.size(), from + per));
            futures.add(executor.supplyAsync(() -> part.stream()
                    .map(customer -> new MonitoringService.Screened(
                            CustomerScreener.screen(lists.index(), customer, threshold), ownership.screen(customer)))
                    .toList()));
        }
        List<MonitoringService.Screened> out = new ArrayList<>(chunk.size());
        for (CompletableFuture<List<MonitoringService.Screened>> f : futures) {
            out.addAll(f.join());
        }
        return out;
    }
}
