package org.sanctions.registry.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One measure row; part of the party aggregate (changing it bumps the party's version). */
@Entity
@Table(name = "measure")
public class MeasureEntity {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public PartyEntity party;
    @Column(name = "program_code")
    public String programCode;
    @Enumerated(EnumType.STRING)
    public MeasureType type;
    public String authority;
    @Column(name = "listed_date")
    public LocalDate listedDate;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Enumerated(EnumType.STRING)
    public MeasureStatus status;
    @Column(name = "status_date")
    public LocalDate statusDate;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "source_url")
    public String sourceUrl;
    @Column(name = "created_at")
    public Instant createdAt;
}
