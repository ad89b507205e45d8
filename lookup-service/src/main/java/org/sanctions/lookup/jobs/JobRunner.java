package org.sanctions.lookup.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.screening.Caller;
import org.sanctions.lookup.screening.ScreeningService;

/**
 * Runs screening jobs in the background: reads the spooled upload line by line, screens in chunks, stores each
 * chunk's results and progress in one transaction after its evidence is committed. A bad row becomes an error row;
 * nothing but the loss of the database stops a job halfway.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobStore store;
    private final ScreeningService screening;
    private final ObjectMapper json;
    private final LookupConfig config;
    private ExecutorService pool;

    JobRunner(JobStore store, ScreeningService screening, ObjectMapper json, LookupConfig config) {
        this.store = store;
        this.screening = screening;
        this.json = json;
        this.config = config;
    }

    void start(@Observes StartupEvent event) throws SQLException {
        pool = Executors.newFixedThreadPool(config.jobs().workers(), r -> {
            Thread t = new Thread(r, "screening-job");
            t.setDaemon(true);
            return t;
        });
        int abandoned = store.failAbandoned(Duration.ofMinutes(5));
        if (abandoned > 0) {
            LOG.warnf("%d screening jobs were interrupted by a restart and are marked FAILED", abandoned);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }

    /** Copies the upload to a temporary file as it arrives: any size, constant memory. */
    Path spool(java.io.InputStream body, boolean csv) throws IOException {
        Path spool = Files.createTempFile("screening-job-", csv ? ".csv" : ".ndjson");
        try (java.io.InputStream in = body) {
            Files.copy(in, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        return spool;
    }

    void submit(UUID job, Path file, boolean csv, JobOptions options, Caller caller) {
        pool.submit(() -> run(job, file, csv, options, caller));
    }

    private void run(UUID job, Path file, boolean csv, JobOptions options, Caller caller) {
        JobChunks chunks = new JobChunks(job, store, screening, json, options, caller);
        JobRowParser parser = new JobRowParser(csv, json, config.screening().maxNameLength());
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<JobRow> chunk = new ArrayList<>(config.jobs().chunkSize());
            int lineNo = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JobRow row = parser.parse(++lineNo, line);
                if (row != null) {
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

    private void finishFailed(UUID job, Exception e) {
        try {
            store.finish(job, "FAILED", "the job stopped because its input or results could not be read or stored;"
                    + " rows reported as processed are complete");
        } catch (SQLException ignored) {
            // the database is gone: the abandoned-job sweep marks it FAILED at the next start
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file left behind is removed with the temp directory
        }
    }
}
