package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.ApiException;
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

    ImportService(ImportSpool spool, ImportJobRepository jobs, ImportWorker worker) {
        this.spool = spool;
        this.jobs = jobs;
        this.worker = worker;
    }

    ImportJobDto submit(ImportOrder order, List<FileUpload> uploads, Actor actor) {
        UUID id = UUID.randomUUID();
        List<UploadedFile> files = spool.receive(id, uploads);
        try {
            ListFormat format;
            try {
                format = FormatDetector.resolve(order.format(), spool.input(id, files));
            } catch (ListFormatException e) {
                throw ImportProblems.unsupported(e);
            }
            ImportJobDto job = jobs.create(new ImportRequest(id, format, files, order.reason(), order.listDate(),
                    actor), worker.id());
            worker.enqueue(id);
            return job;
        } catch (RuntimeException e) {
            spool.discard(id);
            throw e;
        }
    }

    ImportJobDto get(UUID id) {
        return jobs.get(id).orElseThrow(() -> ApiException.notFound("No import job with id " + id + "."));
    }

    List<ImportJobDto> recent(int limit) {
        return jobs.recent(limit);
    }
}
