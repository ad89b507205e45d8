package org.sanctions.lookup.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.sanctions.lookup.problem.ProblemException;
import org.sanctions.lookup.screening.BatchItem;
import org.sanctions.lookup.screening.Caller;
import org.sanctions.lookup.screening.ScreeningRequest;
import org.sanctions.lookup.screening.ScreeningService;

/** Screens one job's rows chunk by chunk and keeps its running counts. */
final class JobChunks {

    private final UUID job;
    private final JobStore store;
    private final ScreeningService screening;
    private final ObjectMapper json;
    private final JobOptions options;
    private final Caller caller;
    private int processed;
    private int matched;
    private int failed;

    /** Counts start where the job stands: zero for a new job, the stored progress for one taken over. */
    JobChunks(UUID job, JobStore store, ScreeningService screening, ObjectMapper json, JobOptions options,
            Caller caller, int processed, int matched, int failed) {
        this.processed = processed;
        this.matched = matched;
        this.failed = failed;
        this.job = job;
        this.store = store;
        this.screening = screening;
        this.json = json;
        this.options = options;
        this.caller = caller;
    }

    /** Screens a chunk of rows, waits for their evidence, then stores results and progress in one transaction. */
    void process(List<JobRow> rows) throws Exception {
        List<JobStore.ResultRow> results = new ArrayList<>(rows.size());
        List<CompletableFuture<Void>> writes = new ArrayList<>(rows.size());
        Instant now = Instant.now();
        for (JobRow row : rows) {
            if (row.error() != null) {
                results.add(failed(row, row.error()));
                continue;
            }
            ScreeningRequest request = request(row.item(), options);
            try {
                ScreeningService.Screened s = screening.screenOne(screening.toQuery(request, ""), request, caller,
                        "JOB", null, job, row.ref(), now);
                writes.add(s.recorded());
                results.add(screened(row, s.screeningId(), s.matched(), json.writeValueAsString(s.matches())));
            } catch (ProblemException e) {
                results.add(failed(row, describe(e)));
            }
        }
        CompletableFuture.allOf(writes.toArray(new CompletableFuture[0])).join();
        for (int attempt = 1; ; attempt++) {
            try {
                store.appendChunk(job, results, processed, matched, failed, screening.listVersion());
                return;
            } catch (SQLException e) {
                if (attempt == 3) {
                    throw e;
                }
                Thread.sleep(500L * attempt);
            }
        }
    }

    private static ScreeningRequest request(BatchItem item, JobOptions o) {
        return new ScreeningRequest(item.name(), item.kind(), item.birthDate(), item.nationality(), o.programs(),
                o.authorities(), o.measureTypes(), o.asOf(), o.threshold(), o.limit());
    }

    private static String describe(ProblemException e) {
        return e.violations() == null || e.violations().isEmpty() ? e.getMessage()
                : e.violations().get(0).field() + ": " + e.violations().get(0).message();
    }

    private JobStore.ResultRow failed(JobRow row, String error) {
        processed++;
        failed++;
        return new JobStore.ResultRow(row.rowNo(), row.ref(), null, "ERROR", error, false, "[]");
    }

    private JobStore.ResultRow screened(JobRow row, UUID id, boolean isMatch, String matchesJson) {
        processed++;
        matched += isMatch ? 1 : 0;
        return new JobStore.ResultRow(row.rowNo(), row.ref(), id, "OK", null, isMatch, matchesJson);
    }
}
