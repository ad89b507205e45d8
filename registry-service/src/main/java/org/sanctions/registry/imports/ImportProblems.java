package org.sanctions.registry.imports;

import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.Problem;
import org.sanctions.registry.importer.ListFormatException;

/** The problems an import answers with: at upload (as exceptions) and in the report of a failed job. */
final class ImportProblems {

    private static final Logger LOG = Logger.getLogger(ImportProblems.class);

    private ImportProblems() {
    }

    /** The upload is not (the declared or any known) list format: 415, saying what the content looks like. */
    static ApiException unsupported(ListFormatException e) {
        return new ApiException(415, "unsupported-media-type", "Unsupported media type",
                "The upload is not a list this registry can import: " + e.getMessage() + ".", List.of());
    }

    /** The request is not a multipart upload. */
    static ApiException notMultipart(String contentType) {
        return new ApiException(415, "unsupported-media-type", "Unsupported media type", "Content-Type "
                + (contentType == null ? "(none)" : contentType) + " is not accepted here; send multipart/form-data"
                + " with the list in file parts.", List.of());
    }

    /** Why a job failed, for its report: what the client can act on, never internals. */
    static Problem of(Throwable failure, UUID job) {
        String instance = ImportResource.PATH + "/" + job;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ListFormatException e) {
                return new Problem(Problem.TYPE_PREFIX + "malformed-request", "Malformed list file", 400,
                        "The file cannot be read to the end, so nothing was imported: " + e.getMessage() + ".",
                        instance, null, List.of());
            }
            if (t instanceof ApiException e) {
                return new Problem(Problem.TYPE_PREFIX + e.slug(), e.title(), e.status(),
                        "An entry could not be written, so nothing was imported: " + e.getMessage(), instance, null,
                        e.violations());
            }
        }
        LOG.errorf(failure, "Import job %s failed", job);
        return new Problem(Problem.TYPE_PREFIX + "internal-error", "Internal error", 500,
                "The import failed unexpectedly and nothing of it was applied; the job id identifies it in the"
                        + " service log.", instance, null, List.of());
    }
}
