package org.sanctions.registry.imports;

import java.util.List;
import org.sanctions.registry.common.Problem;

/**
 * What a job has to say, stored as one JSON value with the job: counts, the first rejects (capped), programs the
 * import had to create, and for a failed job the problem that stopped it.
 */
record ImportReport(ImportCounts counts, List<ImportReject> rejects, boolean rejectsTruncated,
        List<String> programsCreated, Problem problem, String note) {

    static final ImportReport EMPTY = new ImportReport(ImportCounts.NONE, List.of(), false, List.of(), null, null);

    ImportReport(ImportCounts counts, List<ImportReject> rejects, boolean rejectsTruncated,
            List<String> programsCreated, Problem problem) {
        this(counts, rejects, rejectsTruncated, programsCreated, problem, null);
    }

    ImportReport {
        rejects = List.copyOf(rejects);
        programsCreated = List.copyOf(programsCreated);
    }

    ImportReport failed(Problem why) {
        return new ImportReport(counts, rejects, rejectsTruncated, programsCreated, why, note);
    }

    /** The same report with a note for the reviewer (why the delta waits). */
    ImportReport noted(String text) {
        return new ImportReport(counts, rejects, rejectsTruncated, programsCreated, problem, text);
    }
}
