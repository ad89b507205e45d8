package org.sanctions.registry.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.sanctions.registry.audit.Action;
import org.sanctions.registry.audit.ChangeLog;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.Timestamps;

/**
 * Stores import jobs and their reports. Progress and failure are saved in transactions of their own, so they are
 * seen while the import's transaction runs and survive its rollback; success is saved inside that transaction, so a
 * job reads SUCCEEDED exactly when its changes are committed.
 */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJobEntity, UUID> {

    private final ObjectMapper json;
    private final ImportEvents events;
    private final ChangeLog chain;

    public ImportJobRepository(ObjectMapper json, ImportEvents events, ChangeLog chain) {
        this.json = json;
        this.events = events;
        this.chain = chain;
    }

    private static final List<ImportState> OPEN = List.of(ImportState.QUEUED, ImportState.RUNNING);

    /** Records a new QUEUED job owned by the given worker (process). */
    @Transactional
    public ImportJobDto create(ImportRequest request, String worker) {
        return create(request, worker, null);
    }

    /** Records a new QUEUED job that imports a file fetched by the given list source (null: an upload). */
    @Transactional
    public ImportJobDto create(ImportRequest request, String worker, String sourceId) {
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
        job.mode = request.mode();
        job.preview = request.preview();
        job.maxDelistShare = request.maxDelistShare();
        job.sourceId = sourceId;
        persist(job);
        return dto(job);
    }

    /** The newest job of a list source. */
    @Transactional
    public Optional<ImportJobDto> latestOfSource(String sourceId) {
        return find("sourceId", Sort.descending("createdAt"), sourceId).firstResultOptional().map(this::dto);
    }

    /** When a job of the list source last applied its file. */
    @Transactional
    public Optional<Instant> lastAppliedOfSource(String sourceId) {
        return find("sourceId = ?1 and state = ?2", Sort.descending("finishedAt"), sourceId, ImportState.SUCCEEDED)
                .firstResultOptional().map(job -> job.finishedAt);
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
                            job.reason, job.listDate, new Actor(job.actorSubject, job.actorUsername, job.actorClient),
                            mode(job), job.preview, share(job), job.approved ? job.deltaDigest : null,
                            job.approved ? "approved by " + job.decidedByUsername + ": " + job.decisionReason : null);
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

    /** Marks the job done inside the transaction that applied it, with the delta it applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeed(UUID id, LocalDate listDate, ImportReport report, ImportDelta delta) {
        ImportJobEntity job = findById(id);
        job.delta = write(delta);
        job.deltaDigest = delta.digest();
        finish(job, ImportState.SUCCEEDED, listDate, report);
        events.record(Action.IMPORT_APPLIED, event(job, job.finishedAt), actor(job), job.reason);
    }

    /**
     * After the run rolled back: the job waits for a decision on the delta (a preview, a delta beyond the delist
     * limit, or an approved delta that came out differently), saying why.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void await(UUID id, LocalDate listDate, ImportReport report, ImportDelta delta, String why) {
        chain.holdChain(); // the worker waits as long as it takes; before the job row, as every writer
        ImportJobEntity job = findById(id);
        job.state = ImportState.AWAITING_APPROVAL;
        job.listDate = listDate;
        job.report = write(report.noted(why));
        job.delta = write(delta);
        job.deltaDigest = delta.digest();
        job.approved = false;
        job.decidedBySubject = null;
        job.decidedByUsername = null;
        job.decidedAt = null;
        job.decisionReason = null;
        job.updatedAt = Timestamps.now();
        events.record(Action.IMPORT_PREVIEWED, event(job, null), actor(job), why);
    }

    /**
     * Approves the delta of a job waiting for it: the job is queued again, owned by {@code worker}, to apply
     * exactly that delta. Refused (403) for the person who started the import, and (409) for a job not waiting.
     */
    @Transactional
    ImportJobDto approve(UUID id, Actor approver, String reason, String worker) {
        ImportJobEntity job = awaiting(id, approver, "approve");
        job.approved = true;
        decide(job, approver, reason);
        job.state = ImportState.QUEUED;
        job.worker = worker;
        job.startedAt = null;
        job.finishedAt = null;
        events.record(Action.IMPORT_APPROVED, event(job, null), approver, reason);
        return dto(job);
    }

    /** Rejects the delta of a job waiting for it: nothing of it is applied, ever. */
    @Transactional
    ImportJobDto reject(UUID id, Actor reviewer, String reason) {
        ImportJobEntity job = awaiting(id, reviewer, "reject");
        decide(job, reviewer, reason);
        finish(job, ImportState.REJECTED, job.listDate, report(job));
        events.record(Action.IMPORT_REJECTED, event(job, null), reviewer, reason);
        return dto(job);
    }

    /** The job's delta: of its preview while it waits, of what it applied once it succeeded. */
    @Transactional
    Optional<ImportDelta> delta(UUID id) {
        return findByIdOptional(id).map(job -> job.delta == null ? null : read(job.delta, new TypeReference<>() { }));
    }

    private ImportJobEntity awaiting(UUID id, Actor person, String verb) {
        chain.holdChainForWrite(); // a person's decision: before the job row, as every writer
        ImportJobEntity job = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("No import job with id " + id + "."));
        if (job.state != ImportState.AWAITING_APPROVAL) {
            throw ApiException.conflict("Import job " + id + " is " + job.state + ", not AWAITING_APPROVAL: there is"
                    + " no delta to " + verb + ".");
        }
        if (person.subject().equals(job.actorSubject)) {
            throw new ApiException(403, "four-eyes", "Four eyes required", "You started import job " + id + ", so"
                    + " you cannot " + verb + " its delta: another person must.", List.of());
        }
        return job;
    }

    private static void decide(ImportJobEntity job, Actor person, String reason) {
        job.decidedBySubject = person.subject();
        job.decidedByUsername = person.username();
        job.decidedAt = Timestamps.now();
        job.decisionReason = reason;
        job.updatedAt = job.decidedAt;
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

    /** The jobs that may still use their spooled files: open ones, and those whose delta waits for approval. */
    @Transactional
    public List<UUID> openIds() {
        return find("state in ?1", List.of(ImportState.QUEUED, ImportState.RUNNING, ImportState.AWAITING_APPROVAL))
                .stream().map(job -> job.id).toList();
    }

    private void finish(ImportJobEntity job, ImportState state, LocalDate listDate, ImportReport report) {
        job.state = state;
        job.listDate = listDate;
        job.report = write(report);
        job.finishedAt = Timestamps.now();
        job.updatedAt = job.finishedAt;
    }

    /** The job as an IMPORT_* event records it. */
    private ImportEvent event(ImportJobEntity job, Instant appliedAt) {
        List<UploadedFile> files = read(job.files, new TypeReference<>() { });
        ImportDelta delta = job.delta == null ? null : read(job.delta, new TypeReference<ImportDelta>() { });
        ImportReport report = report(job);
        ImportDecision decision = job.decidedAt == null ? null : new ImportDecision(job.approved ? "APPROVED"
                : "REJECTED", job.decidedBySubject, job.decidedByUsername, job.decidedAt, job.decisionReason);
        return new ImportEvent(job.id, ImportEvent.sourceOf(job.sourceId, job.format), job.sourceId, job.state,
                job.format, mode(job), String.join(",", files.stream().map(UploadedFile::sha256).toList()),
                report.counts(), ImportEvent.DeltaCounts.of(delta), report.note(), decision, appliedAt);
    }

    private static Actor actor(ImportJobEntity job) {
        return new Actor(job.actorSubject, job.actorUsername, job.actorClient);
    }

    private ImportReport report(ImportJobEntity job) {
        return read(job.report, new TypeReference<>() { });
    }

    private ImportJobDto dto(ImportJobEntity job) {
        ImportReport report = report(job);
        ImportDecision decision = job.decidedAt == null ? null : new ImportDecision(
                job.approved || job.state != ImportState.REJECTED ? "APPROVED" : "REJECTED", job.decidedBySubject,
                job.decidedByUsername, job.decidedAt, job.decisionReason);
        return new ImportJobDto(job.id, job.state, job.format, read(job.files, new TypeReference<>() { }), job.reason,
                job.listDate, new Actor(job.actorSubject, job.actorUsername, job.actorClient), job.createdAt,
                job.startedAt, job.finishedAt, report.counts(), report.rejects(), report.rejectsTruncated(),
                report.programsCreated(), report.problem(), mode(job), job.preview, share(job),
                job.state == ImportState.SUCCEEDED ? null : report.note(), decision);
    }

    private static ImportMode mode(ImportJobEntity job) {
        return job.mode == null ? ImportMode.FULL : job.mode;
    }

    private static double share(ImportJobEntity job) {
        return job.maxDelistShare == null ? 0.05 : job.maxDelistShare;
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
            // a document stored before a count existed (e.g. the link counts) reads that count as 0
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import job member does not fit " + type.getType(), e);
        }
    }
}
