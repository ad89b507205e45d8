package org.sanctions.lookup.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.screening.Caller;
import org.sanctions.lookup.screening.ScreeningService;

/**
 * Runs screening jobs in the background: reads the spooled upload line by line, screens in chunks, stores each
 * chunk's results and progress in one transaction after its evidence is committed. A bad row becomes an error row;
 * nothing but the loss of the database stops a job halfway. No accepted job is lost: this process beats for the jobs
 * it owns, and takes over the jobs of a process that stopped beating when it holds their spooled input, going on
 * after the last stored chunk (the rows of a chunk in flight at the crash are screened again). Jobs run on a managed
 * executor of {@code lookup.jobs.workers} tasks over the Quarkus worker pool; beat and sweep are scheduler jobs; all
 * started on StartupEvent and stopped on ShutdownEvent.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobStore store;
    private final ScreeningService screening;
    private final ObjectMapper json;
    private final LookupConfig config;
    /** This process's id as an owner of jobs, new at each start. */
    private final String worker = UUID.randomUUID().toString();
    /** Jobs submitted here and not finished: never taken over by this same process. */
    private final Set<UUID> mine = ConcurrentHashMap.newKeySet();
    private final Scheduler scheduler;
    private ManagedExecutor pool;

    JobRunner(JobStore store, ScreeningService screening, ObjectMapper json, LookupConfig config,
            Scheduler scheduler) {
        this.store = store;
        this.screening = screening;
        this.json = json;
        this.config = config;
        this.scheduler = scheduler;
    }

    void start(@Observes StartupEvent event) {
        // a job outlives the request that submitted it: no request context goes with it
        pool = ManagedExecutor.builder().maxAsync(config.jobs().workers()).maxQueued(-1)
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
        String beat = config.jobs().beatInterval().toString();
        scheduler.newJob("screening-job-beat").setInterval(beat).setDelayed(beat)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> quietly("beat", () -> store.beat(worker))).schedule();
        scheduler.newJob("screening-job-sweep").setInterval(config.jobs().sweepInterval().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> quietly("sweep", this::sweep)).schedule();
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.unscheduleJob("screening-job-beat");
        scheduler.unscheduleJob("screening-job-sweep");
        pool.shutdownNow();
    }

    /** The owner id this process records on the jobs it runs. */
    String worker() {
        return worker;
    }

    /** Copies the upload of a new job to its spool file as it arrives: any size, constant memory. */
    Path spool(UUID job, InputStream body, boolean csv) throws IOException {
        Path spool = file(job, csv);
        Files.createDirectories(spool.getParent());
        try (InputStream in = body) {
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        return spool;
    }

    void submit(UUID job, Path file, boolean csv, JobOptions options, Caller caller) {
        submit(job, file, csv, options, new JobChunks(job, store, screening, json, options, caller, 0, 0, 0), 0);
    }

    private void submit(UUID job, Path file, boolean csv, JobOptions options, JobChunks chunks, int after) {
        mine.add(job);
        pool.submit(() -> {
            try {
                run(job, file, csv, chunks, after);
            } finally {
                mine.remove(job);
            }
        });
    }

    /**
     * Takes over the open jobs whose owner stopped beating and whose input is here, and fails those nobody could take
     * over for lookup.jobs.orphaned-after.
     */
    void sweep() throws SQLException, IOException {
        Instant now = Instant.now();
        Instant stale = now.minus(config.jobs().staleAfter());
        for (UUID job : store.staleSince(stale)) {
            boolean csv = Files.exists(file(job, true));
            Path file = file(job, csv);
            if (mine.contains(job) || !Files.exists(file)) {
                continue;
            }
            var claimed = store.claim(job, worker, stale);
            if (claimed.isPresent()) {
                JobStore.Resumable r = claimed.get();
                JobOptions options = json.readValue(r.optionsJson(), JobOptions.class);
                LOG.warnf("Screening job %s was interrupted (its process stopped); going on here after row %d", job,
                        r.lastRowNo());
                submit(job, file, csv, options, new JobChunks(job, store, screening, json, options, r.caller(),
                        r.processed(), r.matched(), r.failed()), r.lastRowNo());
            }
        }
        Instant orphaned = now.minus(config.jobs().orphanedAfter());
        for (UUID job : store.staleSince(orphaned)) {
            if (!mine.contains(job) && store.failOrphan(job, orphaned)) {
                LOG.warnf("Screening job %s was interrupted and its input is gone; marked FAILED", job);
            }
        }
    }

    /** Screens the rows after line {@code after} (lines up to it have their results stored already). */
    private void run(UUID job, Path file, boolean csv, JobChunks chunks, int after) {
        JobRowParser parser = new JobRowParser(csv, json, config.screening().maxNameLength());
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<JobRow> chunk = new ArrayList<>(config.jobs().chunkSize());
            int lineNo = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JobRow row = parser.parse(++lineNo, line); // every line, so that a CSV header is read on a resume
                if (row != null && lineNo > after) {
                    chunk.add(row);
                }
                if (chunk.size() == config.jobs().chunkSize()) {
                    chunks.process(chunk);
                    chunk.clear();
                }
            }
            chunks.process(chunk);
            store.finish(job, "COMPLETED", null);
        } catch (Exception e) {
            LOG.errorf(e, "screening job %s failed", job);
            finishFailed(job, e);
        } finally {
            deleteQuietly(file);
        }
    }

    private Path file(UUID job, boolean csv) {
        return config.jobs().workDir().resolve(job + (csv ? ".csv" : ".ndjson"));
    }

    private void finishFailed(UUID job, Exception e) {
        try {
            store.finish(job, "FAILED", "the job stopped because its input or results could not be read or stored;"
                    + " rows reported as processed are complete");
        } catch (SQLException ignored) {
            // the database is gone: with no beat the job is failed by a sweep once orphaned-after has passed
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a file left behind is in the work directory, which is a temporary directory
        }
    }

    private interface Task {
        void run() throws Exception;
    }

    private static void quietly(String what, Task task) {
        try {
            task.run();
        } catch (Exception e) {
            LOG.debugf("Screening job %s skipped: %s", what, e.getMessage());
        }
    }
}
