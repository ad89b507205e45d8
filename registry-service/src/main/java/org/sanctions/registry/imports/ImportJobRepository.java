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
import java.util.function.UnaryOperator;
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

    private static final List<ImportState> OPEN = List.of(ImportState.QUEUED, ImportState.RUNNING);

    /** Records a new QUEUED job owned by the given worker (process). */
    @Transactional
    public ImportJobDto create(ImportRequest request, String worker) {
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
        job.worker = worker;
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

    /**
     * Moves a QUEUED job of the worker to RUNNING and returns its request, or empty when it is no longer queued or
     * another worker took it over.
     */
    @Transactional
    public Optional<ImportRequest> start(UUID id, String worker) {
        return findByIdOptional(id).filter(job -> job.state == ImportState.QUEUED && worker.equals(job.worker))
                .map(job -> {
                    job.state = ImportState.RUNNING;
                    job.startedAt = Timestamps.now();
                    job.updatedAt = job.startedAt;
                    return new ImportRequest(job.id, job.format, read(job.files, new TypeReference<>() { }),
                            job.reason, job.listDate, new Actor(job.actorSubject, job.actorUsername, job.actorClient));
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

    /** The worker's heartbeat: every open job it owns is seen alive now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int beat(String worker) {
        return update("updatedAt = ?1 where worker = ?2 and state in ?3", Timestamps.now(), worker, OPEN);
    }

    /** Jobs still QUEUED or RUNNING whose heartbeat is older than {@code before}: their owner died. */
    @Transactional
    public List<UUID> orphanedSince(Instant before) {
        return find("state in ?1 and updatedAt < ?2", OPEN, before).stream().map(job -> job.id).toList();
    }

    /**
     * Takes over a job whose owner stopped beating before {@code staleBefore}: QUEUED again, owned by the worker,
     * progress cleared (the interrupted run's transaction rolled back). False when another worker was quicker or the
     * job has ended meanwhile.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(UUID id, String worker, Instant staleBefore) {
        return update("worker = ?1, state = ?2, startedAt = null, updatedAt = ?3, report = ?4 where id = ?5"
                + " and state in ?6 and updatedAt < ?7", worker, ImportState.QUEUED, Timestamps.now(),
                write(ImportReport.EMPTY), id, OPEN, staleBefore) == 1;
    }

    /** Marks an interrupted job FAILED unless it was taken over or beaten for since {@code staleBefore}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failOrphan(UUID id, Instant staleBefore, UnaryOperator<ImportReport> failed) {
        return find("id = ?1 and state in ?2 and updatedAt < ?3", id, OPEN, staleBefore).firstResultOptional()
                .map(job -> {
                    finish(job, ImportState.FAILED, job.listDate, failed.apply(report(job)));
                    return true;
                }).orElse(false);
    }

    /** The jobs that may still use their spooled files. */
    @Transactional
    public List<UUID> openIds() {
        return find("state in ?1", OPEN).stream().map(job -> job.id).toList();
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
