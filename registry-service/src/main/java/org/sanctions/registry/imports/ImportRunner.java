package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.ListParsers;
import org.sanctions.registry.imports.ImportCheck.Checked;

/**
 * Runs one job on the worker thread: check pass, apply pass, report; any failure leaves the registry unchanged. The
 * files of a job whose delta waits for approval are kept for the run that applies it.
 */
@ApplicationScoped
class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final ImportsConfig config;
    private final ImportJobRepository jobs;
    private final ImportSpool spool;
    private final ImportCheck check;
    private final ImportApply apply;

    ImportRunner(ImportsConfig config, ImportJobRepository jobs, ImportSpool spool, ImportCheck check,
            ImportApply apply) {
        this.config = config;
        this.jobs = jobs;
        this.spool = spool;
        this.check = check;
        this.apply = apply;
    }

    @ActivateRequestContext
    void run(UUID id, String worker) {
        Optional<ImportRequest> started = jobs.start(id, worker);
        if (started.isEmpty()) {
            return; // no longer queued here: failed or taken over meanwhile, and its files are the sweep's business
        }
        ImportRequest request = started.get();
        ImportTally tally = new ImportTally(config.maxStoredRejects());
        LocalDate[] listDate = {request.listDate()};
        Runnable heartbeat = heartbeat(() -> {
            jobs.progress(id, listDate[0], tally.report());
            spool.touch(id);
        });
        long start = System.nanoTime();
        boolean keepFiles = false;
        try {
            ImportInput input = spool.input(id, request.files());
            ListParser parser = ListParsers.forFormat(request.format());
            Checked checked = check.check(request, input, parser, tally, heartbeat);
            listDate[0] = checked.listDate();
            ImportApply.Outcome outcome = apply.apply(request, input, parser, checked, tally, new WriteContext(
                    request.actor(), ImportReasons.of(request)), heartbeat);
            keepFiles = outcome == ImportApply.Outcome.AWAITING_APPROVAL; // an approval runs it again from them
            LOG.infof("Import job %s (%s) %s in %d ms: %s", id, request.format(), keepFiles ? "awaits approval"
                    : "done", (System.nanoTime() - start) / 1_000_000, tally.report().counts());
        } catch (RuntimeException | Error e) {
            tally.rolledBack();
            recordFailure(id, tally.report().failed(ImportProblems.of(e, id)));
            LOG.infof("Import job %s (%s) failed after %d ms: %s", id, request.format(),
                    (System.nanoTime() - start) / 1_000_000, e.getMessage());
        } finally {
            if (!keepFiles) {
                spool.discard(id);
            }
        }
    }

    /**
     * Marks the job failed. When the database itself failed the job, the mark cannot be written either until it is
     * back: retry for up to registry.imports.orphaned-after (then the sweep of ImportWorker is the last resort), so that a
     * database restart does not leave the job RUNNING until the service restarts.
     */
    private void recordFailure(UUID id, ImportReport report) {
        long deadline = System.nanoTime() + config.orphanedAfter().toNanos();
        for (long pause = 500; ; pause = Math.min(pause * 2, 10_000)) {
            try {
                jobs.fail(id, report);
                return;
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                LOG.warnf("Import job %s failed and the failure cannot be recorded yet (%s); retrying in %d ms", id,
                        notYet.getMessage(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    /** Saves progress at most every registry.imports.progress-interval, however often it is called. */
    private Runnable heartbeat(Runnable save) {
        long every = config.progressInterval().toNanos();
        long[] last = {System.nanoTime()};
        return () -> {
            long now = System.nanoTime();
            if (now - last[0] >= every) {
                last[0] = now;
                save.run();
            }
        };
    }
}
