package org.sanctions.registry.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A change request row: the held write, its dry-run diff, the maker and, once decided, the checker. */
@Entity
@Table(name = "change_request")
public class ChangeRequestEntity {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public ChangeKind kind;
    @Column(name = "party_id")
    public UUID partyId;
    @Column(name = "measure_id")
    public UUID measureId;
    @Column(name = "base_version")
    public Long baseVersion;
    /** The request body as sent (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;
    /** {@link ChangeDiff} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String diff;
    @Enumerated(EnumType.STRING)
    public ChangeState state;
    @Column(name = "maker_subject")
    public String makerSubject;
    @Column(name = "maker_username")
    public String makerUsername;
    @Column(name = "maker_reason")
    public String makerReason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "checker_subject")
    public String checkerSubject;
    @Column(name = "checker_username")
    public String checkerUsername;
    @Column(name = "checker_reason")
    public String checkerReason;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "result_version")
    public Long resultVersion;
}
