package org.sanctions.registry.imports;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.sanctions.registry.common.Problem;

/**
 * Runs import jobs one after another on a managed executor of one task (an import holds locks for its whole
 * transaction, so running two at once would only make one wait), and makes sure no accepted job is lost: the process beats for the
 * jobs it owns, and takes over the jobs of a process that stopped beating (killed, crashed) when it holds their
 * spooled files, running them again from the start; a job whose files went with its process is marked FAILED. Beat
 * and sweep are scheduler jobs, scheduled on StartupEvent and removed, with the executor, on ShutdownEvent.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportRunner runner;
    private final ImportJobRepository jobs;
    private final ImportSpool spool;
    private final ImportsConfig config;
    /** This process's id as an owner of jobs: new at each start, so a restarted process takes its jobs over too. */
    private final String id = UUID.randomUUID().toString();
    /** Jobs enqueued here and not finished: never taken over by this same process. */
    private final Set<UUID> mine = ConcurrentHashMap.newKeySet();
    /** One import at a time; a job outlives the request that accepted it, so no request context goes with it. */
    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(1).maxQueued(-1)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    private final Scheduler scheduler;

    ImportWorker(ImportRunner runner, ImportJobRepository jobs, ImportSpool spool, ImportsConfig config,
            Scheduler scheduler) {
        this.runner = runner;
        this.jobs = jobs;
        this.spool = spool;
        this.config = config;
        this.scheduler = scheduler;
    }

    /** The owner id this process records on the jobs it runs. */
    String id() {
        return id;
    }

    void enqueue(UUID job) {
        mine.add(job);
        executor.execute(() -> {
            try {
                runner.run(job, id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Import job %s could not be run or reported", job);
            } finally {
                mine.remove(job);
            }
        });
    }

    void onStart(@Observes StartupEvent event) {
        String beat = config.progressInterval().toString();
        scheduler.newJob("registry-import-beat").setInterval(beat).setDelayed(beat)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> quietly("beat", () -> jobs.beat(id))).schedule();
        scheduler.newJob("registry-import-sweep").setInterval(config.sweepInterval().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> quietly("sweep", this::sweep)).schedule();
    }

    /**
     * Takes over the interrupted jobs whose files are here, fails those nobody took over for
     * registry.imports.orphaned-after, and removes files that no open job needs.
     */
    void sweep() {
        Instant now = Instant.now();
        Instant stale = now.minus(config.staleAfter());
        for (UUID job : jobs.orphanedSince(stale)) {
            if (!mine.contains(job) && spool.has(job) && jobs.claim(job, id, stale)) {
                LOG.warnf("Import job %s was interrupted (its process stopped); running it again here", job);
                enqueue(job);
            }
        }
        Instant orphaned = now.minus(config.orphanedAfter());
        for (UUID job : jobs.orphanedSince(orphaned)) {
            if (!mine.contains(job) && jobs.failOrphan(job, orphaned, report -> report.failed(interrupted(job)))) {
                LOG.warnf("Import job %s was interrupted and its files are gone; marked failed", job);
                spool.discard(job);
            }
        }
        spool.discardStale(new HashSet<>(jobs.openIds()), config.orphanedAfter());
    }

    private static Problem interrupted(UUID job) {
        return new Problem(Problem.TYPE_PREFIX + "internal-error", "Internal error", 500, "The import was interrupted"
                + " by a restart of the service and its uploaded files did not survive it; nothing of it was applied."
                + " Upload the files again.", ImportResource.PATH + "/" + job, null, List.of());
    }

    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // the database may be away; the next round tries again
            LOG.debugf("Import %s skipped: %s", what, e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        scheduler.unscheduleJob("registry-import-beat");
        scheduler.unscheduleJob("registry-import-sweep");
        executor.shutdownNow();
    }
}
