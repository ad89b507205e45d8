package org.sanctions.registry.imports;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.sanctions.registry.common.Problem;

/**
 * Runs import jobs one after another on a thread of its own (an import holds locks for its whole transaction, so
 * running two at once would only make one wait). At start-up it fails the jobs a restart orphaned: their transaction
 * died with the process, so nothing of them was applied, and the report says so.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportRunner runner;
    private final ImportJobRepository jobs;
    private final ImportSpool spool;
    private final ImportsConfig config;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "registry-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportWorker(ImportRunner runner, ImportJobRepository jobs, ImportSpool spool, ImportsConfig config) {
        this.runner = runner;
        this.jobs = jobs;
        this.spool = spool;
        this.config = config;
    }

    void enqueue(UUID job) {
        executor.execute(() -> {
            try {
                runner.run(job);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Import job %s could not be run or reported", job);
            }
        });
    }

    void onStart(@Observes StartupEvent event) {
        List<UUID> orphans = jobs.orphanedSince(Instant.now().minus(config.orphanedAfter()));
        for (UUID id : orphans) {
            LOG.warnf("Import job %s was interrupted by a restart; marking it failed", id);
            jobs.fail(id, jobs.reportOf(id).failed(new Problem(Problem.TYPE_PREFIX + "internal-error",
                    "Internal error", 500, "The import was interrupted by a restart of the service; nothing of it was"
                            + " applied. Upload the files again.", ImportResource.PATH + "/" + id, null, List.of())));
        }
        spool.discardStale(new HashSet<>(jobs.openIds()), config.orphanedAfter());
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
