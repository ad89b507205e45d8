package org.sanctions.registry.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.Timestamps;

/**
 * Stores import jobs and their reports. Progress and failure are saved in transactions of their own, so they are
 * seen while the import's transaction runs and survive its rollback; success is saved inside that transaction, so a
 * job reads SUCCEEDED exactly when its changes are committed.
 */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJobEntity, UUID> {

    private final ObjectMapper json;

    public ImportJobRepository(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    public ImportJobDto create(ImportRequest request) {
        Instant now = Timestamps.now();
        ImportJobEntity job = new ImportJobEntity();
        job.id = request.id();
        job.state = ImportState.QUEUED;
        job.format = request.format();
        job.files = write(request.files());
        job.reason = request.reason();
        job.listDate = request.listDate();
        job.actorSubject = request.actor().subject();
        job.actorUsername = request.actor().username();
        job.actorClient = request.actor().clientId();
        job.createdAt = now;
        job.updatedAt = now;
        job.report = write(ImportReport.EMPTY);
        persist(job);
        return dto(job);
    }

    @Transactional
    public Optional<ImportJobDto> get(UUID id) {
        return findByIdOptional(id).map(this::dto);
    }

    /** The most recent jobs, newest first. */
    @Transactional
    public List<ImportJobDto> recent(int limit) {
        return findAll(Sort.descending("createdAt").and("id", Sort.Direction.Descending)).page(0, limit).list()
                .stream().map(this::dto).map(ImportJobDto::summary).toList();
    }

    /** Moves a QUEUED job to RUNNING and returns its request, or empty when it is no longer queued. */
    @Transactional
    public Optional<ImportRequest> start(UUID id) {
        return findByIdOptional(id).filter(job -> job.state == ImportState.QUEUED).map(job -> {
            job.state = ImportState.RUNNING;
            job.startedAt = Timestamps.now();
            job.updatedAt = job.startedAt;
            return new ImportRequest(job.id, job.format, read(job.files, new TypeReference<>() { }), job.reason,
                    job.listDate, new Actor(job.actorSubject, job.actorUsername, job.actorClient));
        });
    }

    /** Saves the progress of a running job (and so its heartbeat), beside the import's own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, LocalDate listDate, ImportReport report) {
        ImportJobEntity job = findById(id);
        job.listDate = listDate;
        job.report = write(report);
        job.updatedAt = Timestamps.now();
    }

    /** Marks the job done inside the transaction that applied it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeed(UUID id, LocalDate listDate, ImportReport report) {
        finish(findById(id), ImportState.SUCCEEDED, listDate, report);
    }

    /** Marks the job failed, after the import's transaction rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID id, ImportReport report) {
        ImportJobEntity job = findById(id);
        finish(job, ImportState.FAILED, job.listDate, report);
    }

    /** Jobs still QUEUED or RUNNING whose heartbeat is older than {@code before}: a restart orphaned them. */
    @Transactional
    public List<UUID> orphanedSince(Instant before) {
        return find("state in ?1 and updatedAt < ?2", List.of(ImportState.QUEUED, ImportState.RUNNING), before)
                .stream().map(job -> job.id).toList();
    }

    /** The jobs that may still use their spooled files. */
    @Transactional
    public List<UUID> openIds() {
        return find("state in ?1", List.of(ImportState.QUEUED, ImportState.RUNNING)).stream().map(job -> job.id)
                .toList();
    }

    @Transactional
    public ImportReport reportOf(UUID id) {
        return report(findById(id));
    }

    private void finish(ImportJobEntity job, ImportState state, LocalDate listDate, ImportReport report) {
        job.state = state;
        job.listDate = listDate;
        job.report = write(report);
        job.finishedAt = Timestamps.now();
        job.updatedAt = job.finishedAt;
    }

    private ImportReport report(ImportJobEntity job) {
        return read(job.report, new TypeReference<>() { });
    }

    private ImportJobDto dto(ImportJobEntity job) {
        ImportReport report = report(job);
        return new ImportJobDto(job.id, job.state, job.format, read(job.files, new TypeReference<>() { }), job.reason,
                job.listDate, new Actor(job.actorSubject, job.actorUsername, job.actorClient), job.createdAt,
                job.startedAt, job.finishedAt, report.counts(), report.rejects(), report.rejectsTruncated(),
                report.programsCreated(), report.problem());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an import job member", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import job member does not fit " + type.getType(), e);
        }
    }
}
