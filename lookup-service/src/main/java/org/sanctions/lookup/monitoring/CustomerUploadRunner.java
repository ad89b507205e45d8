package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
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
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.monitoring.CustomerStore.Outcome;
import org.sanctions.lookup.monitoring.CustomerUploadView.Progress;
import org.sanctions.lookup.monitoring.CustomerUploadView.Rejection;

/**
 * Runs customer uploads on the managed executor: reads the spooled file line by line (constant memory whatever its
 * size) and, per chunk, stores and screens the valid rows and adds the chunk's progress and rejections in one
 * transaction, so the reported progress is always what is stored. An upload whose process stopped (no heartbeat for
 * {@code lookup.jobs.stale-after}) is taken over by a process that holds its spooled file and goes on after the rows
 * already stored; one whose file is gone is FAILED once nobody took it over for {@code lookup.jobs.orphaned-after}.
 */
@ApplicationScoped
public class CustomerUploadRunner {

    private static final Logger LOG = Logger.getLogger(CustomerUploadRunner.class);

    private final CustomerUploadStore store;
    private final MonitoringService monitoring;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final Validator validator;
    private final LookupConfig config;
    /** Uploads queued or running in this process: beaten for, never taken over by this same process. */
    private final Set<UUID> mine = ConcurrentHashMap.newKeySet();

    CustomerUploadRunner(CustomerUploadStore store, MonitoringService monitoring, ManagedExecutor executor,
            ObjectMapper json, Validator validator, LookupConfig config) {
        this.store = store;
        this.monitoring = monitoring;
        this.executor = executor;
        this.json = json;
        this.validator = validator;
        this.config = config;
    }

    /** Moves the received file to the work directory under the upload's id (no copy in memory). */
    Path spool(UUID upload, Path received) throws IOException {
        Path spool = spoolFile(upload);
        Files.createDirectories(spool.getParent());
        try {
            Files.move(received, spool, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.copy(received, spool, StandardCopyOption.REPLACE_EXISTING); // another file system
        }
        return spool;
    }

    /** NDJSON when the part says so or its first non-blank byte opens an object, CSV otherwise. */
    static boolean isCsv(String contentType, Path file) throws IOException {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.contains("csv")) {
            return true;
        }
        if (type.contains("json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b != '{';
                }
            }
        }
        return true;
    }

    void submit(UUID upload, String bank, Path file, boolean csv) {
        submit(upload, bank, file, csv, 0);
    }

    private void submit(UUID upload, String bank, Path file, boolean csv, int rowsStored) {
        mine.add(upload);
        executor.runAsync(() -> {
            try {
                run(upload, bank, file, csv, rowsStored);
            } finally {
                mine.remove(upload);
            }
        });
    }

    @Scheduled(every = "${lookup.jobs.beat-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beat() {
        try {
            store.beat(Set.copyOf(mine));
        } catch (SQLException e) {
            LOG.debugf("customer upload heartbeat skipped: %s", e.getMessage());
        }
    }

    /** Takes over the interrupted uploads whose file is here; fails those nobody could take over in time. */
    @Scheduled(every = "${lookup.jobs.sweep-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            Instant now = Instant.now();
            Instant stale = now.minus(config.jobs().staleAfter());
            for (UUID upload : store.staleSince(stale)) {
                Path file = spoolFile(upload);
                if (mine.contains(upload) || !Files.exists(file)) {
                    continue;
                }
                var claimed = store.claim(upload, stale);
                if (claimed.isPresent()) {
                    LOG.warnf("Customer upload %s was interrupted (its process stopped); going on here after %d rows",
                            upload, claimed.get().rowsStored());
                    submit(upload, claimed.get().bank(), file, claimed.get().csv(), claimed.get().rowsStored());
                }
            }
            Instant orphaned = now.minus(config.jobs().orphanedAfter());
            for (UUID upload : store.staleSince(orphaned)) {
                if (!mine.contains(upload) && store.failOrphan(upload, orphaned, "the upload was interrupted (its"
                        + " process stopped) and its file did not survive; the progress shown is what was stored:"
                        + " send the file again, rows already stored are unchanged and not screened again")) {
                    LOG.warnf("Customer upload %s was interrupted and its file is gone; marked FAILED", upload);
                }
            }
        } catch (SQLException e) {
            LOG.debugf("customer upload sweep skipped: %s", e.getMessage());
        }
    }

    private Path spoolFile(UUID upload) {
        return config.jobs().workDir().resolve("customers-" + upload);
    }

    /** Reads the whole file (so that a CSV header is read on a resume) and stores the rows after the first {@code skip}. */
    private void run(UUID upload, String bank, Path file, boolean csv, int skip) {
        CustomerUploadParser parser = new CustomerUploadParser(csv, bank, json, validator);
        int chunkSize = config.monitoring().uploadChunkSize();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CustomerUploadParser.Row> chunk = new ArrayList<>(chunkSize);
            CsvRecords records = csv ? new CsvRecords(lines) : null;
            int lineNo = 0;
            int rows = 0;
            for (CsvRecords.Record record = next(records, lines, lineNo); record != null;
                    record = next(records, lines, lineNo)) {
                lineNo = record.line();
                String text = lineNo == 1 ? stripBom(record.text()) : record.text();
                CustomerUploadParser.Row row = record.unterminated() ? parser.unterminated(lineNo)
                        : parser.parse(lineNo, text);
                if (row != null && ++rows > skip) {
                    chunk.add(row);
                }
                if (chunk.size() == chunkSize) {
                    process(upload, chunk);
                    chunk.clear();
                }
            }
            process(upload, chunk);
            store.finish(upload, "COMPLETED", null);
        } catch (IllegalArgumentException e) {
            finish(upload, e.getMessage());
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.errorf(e, "customer upload %s failed", upload);
            finish(upload, "the upload stopped because its file could not be read or its rows stored;"
                    + " the progress shown is what was stored");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // left in the work directory, a temporary directory
            }
        }
    }

    private void process(UUID upload, List<CustomerUploadParser.Row> chunk) {
        List<Customer> valid = new ArrayList<>(chunk.size());
        List<Rejection> rejections = new ArrayList<>();
        for (CustomerUploadParser.Row row : chunk) {
            if (row.customer() != null) {
                valid.add(row.customer());
            } else {
                rejections.add(new Rejection(row.line(), row.rejection().field(), row.rejection().message()));
            }
        }
        monitoring.upsertAll(valid, (c, outcomes) -> store.progress(c, upload, new Progress(chunk.size(),
                count(outcomes, Outcome.CREATED), count(outcomes, Outcome.CHANGED), count(outcomes, Outcome.UNCHANGED),
                rejections.size()), rejections));
    }

    private static int count(List<Outcome> outcomes, Outcome which) {
        return (int) outcomes.stream().filter(o -> o == which).count();
    }

    private void finish(UUID upload, String error) {
        try {
            store.finish(upload, "FAILED", error);
        } catch (SQLException e) {
            LOG.errorf(e, "customer upload %s: cannot record its failure", upload);
        }
    }

    /** The next CSV record (which may span lines), or the next physical line of NDJSON. */
    private static CsvRecords.Record next(CsvRecords records, BufferedReader lines, int lineNo) throws IOException {
        if (records != null) {
            return records.next();
        }
        String line = lines.readLine();
        return line == null ? null : new CsvRecords.Record(lineNo + 1, line, false);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
