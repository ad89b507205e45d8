package org.sanctions.registry.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sanctions.registry.importer.ListFormat;

/** An import job row: the request, its state and heartbeat, and its report (JSON). */
@Entity
@Table(name = "import_job")
public class ImportJobEntity {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public ImportState state;
    @Enumerated(EnumType.STRING)
    public ListFormat format;
    /** The {@link UploadedFile}s as a JSON array. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String files;
    public String reason;
    @Column(name = "list_date")
    public LocalDate listDate;
    @Column(name = "actor_subject")
    public String actorSubject;
    @Column(name = "actor_username")
    public String actorUsername;
    @Column(name = "actor_client")
    public String actorClient;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    /** The heartbeat of the job's owner (and the time of its last progress). */
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The id of the registry process that owns the job while it is QUEUED or RUNNING. */
    public String worker;
    /** The {@link ImportReport} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String report;
    @Enumerated(EnumType.STRING)
    public ImportMode mode;
    public boolean preview;
    @Column(name = "max_delist_share")
    public Double maxDelistShare;
    /** Set by an approval: the next run applies the delta if it still has {@link #deltaDigest}. */
    public boolean approved;
    /** The {@link ImportDelta} as JSON: of the preview while AWAITING_APPROVAL, of the run once SUCCEEDED. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String delta;
    @Column(name = "delta_digest")
    public String deltaDigest;
    @Column(name = "decided_by_subject")
    public String decidedBySubject;
    @Column(name = "decided_by_username")
    public String decidedByUsername;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;
    /** The list source whose fetched file this job imports; null for an upload. */
    @Column(name = "source_id")
    public String sourceId;
}
