package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.QueryParams;
import org.sanctions.registry.importer.FormatDetector;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.ListFormatException;

/**
 * Accepts uploads as jobs: spools the files, settles the format from the content at once (a wrong or unknown format
 * is refused before any job exists), records the job and hands it to the worker.
 */
@ApplicationScoped
public class ImportService {

    private final ImportSpool spool;
    private final ImportJobRepository jobs;
    private final ImportWorker worker;
    private final ImportsConfig config;

    ImportService(ImportSpool spool, ImportJobRepository jobs, ImportWorker worker, ImportsConfig config) {
        this.spool = spool;
        this.jobs = jobs;
        this.worker = worker;
        this.config = config;
    }

    ImportJobDto submit(ImportOrder order, List<FileUpload> uploads, Actor actor) {
        UUID id = UUID.randomUUID();
        List<UploadedFile> files = spool.receive(id, uploads);
        return queue(id, files, order.format(), null, format -> new ImportRequest(id, format,
                files, order.reason(), order.listDate(), actor, order.mode(), order.preview(),
                config.maxDelistShare()));
    }

    /**
     * Submits a file a list source fetched as if it had been uploaded: a FULL import of the source's format, a
     * preview when the source's policy is REVIEW, with the source's delist limit; a file whose content is not that
     * format is refused (415 problem) before any job exists.
     */
    public ImportJobDto submitFetched(FetchedFile fetched) {
        UUID id = UUID.randomUUID();
        List<UploadedFile> files = spool.receiveCopy(id, fetched.file(), fetched.name());
        return queue(id, files, fetched.format(), fetched.sourceId(), format -> new ImportRequest(id, format, files,
                fetched.reason(), null, fetched.actor(), fetched.mode(), fetched.preview(),
                fetched.maxDelistShare()));
    }

    /** Settles the format of the spooled files from their content, records the job and hands it to the worker. */
    private ImportJobDto queue(UUID id, List<UploadedFile> files, ListFormat requested, String sourceId,
            Function<ListFormat, ImportRequest> request) {
        try {
            ListFormat format;
            try {
                format = FormatDetector.resolve(requested, spool.input(id, files));
            } catch (ListFormatException e) {
                throw ImportProblems.unsupported(e);
            }
            ImportJobDto job = jobs.create(request.apply(format), worker.id(), sourceId);
            worker.enqueue(id);
            return job;
        } catch (RuntimeException e) {
            spool.discard(id);
            throw e;
        }
    }

    /**
     * Approves the delta of a job waiting for it and queues the run that applies it, here, where its files are (a
     * job whose files are gone cannot be applied: it fails, and the file must be uploaded again).
     */
    ImportJobDto approve(UUID id, String reason, Actor approver) {
        String why = decisionReason(reason);
        get(id);
        if (!spool.has(id)) {
            throw ApiException.conflict("The files of import job " + id + " are not on this registry instance any"
                    + " more, so its delta cannot be applied; reject it and upload the file again.");
        }
        ImportJobDto job = jobs.approve(id, approver, why, worker.id());
        worker.enqueue(id);
        return job;
    }

    /** Rejects the delta of a job waiting for it; its files are discarded. */
    ImportJobDto reject(UUID id, String reason, Actor reviewer) {
        ImportJobDto job = jobs.reject(id, reviewer, decisionReason(reason));
        spool.discard(id);
        return job;
    }

    /** The job's delta, or 404 while it has none (it has not run yet, or failed). */
    ImportDelta delta(UUID id) {
        get(id);
        ImportDelta delta = jobs.delta(id).orElse(null);
        if (delta == null) {
            throw ApiException.notFound("Import job " + id + " has no delta (yet): it is computed when the job runs,"
                    + " and a job that failed has none.");
        }
        return delta;
    }

    private static String decisionReason(String reason) {
        QueryParams fields = new QueryParams();
        String why = ImportOrder.reason(fields, reason, "say why (it is recorded with the decision)");
        fields.done();
        return Normalizer.normalize(why, Normalizer.Form.NFC);
    }

    ImportJobDto get(UUID id) {
        return jobs.get(id).orElseThrow(() -> ApiException.notFound("No import job with id " + id + "."));
    }

    List<ImportJobDto> recent(int limit) {
        return jobs.recent(limit);
    }
}
