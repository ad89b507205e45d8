package org.sanctions.registry.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A party row: its validated document (JSONB), columns derived from it for filtering, and its measures. */
@Entity
@Table(name = "party")
public class PartyEntity {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public PartyKind kind;
    @Version
    public long version;
    /** The {@link PartyInput} as JSON; the single source of the party's attributes. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
    /** Lower-cased names, one per line, for substring search (trigram-indexed). */
    @Column(name = "search_names", columnDefinition = "text")
    public String searchNames;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @OneToMany(mappedBy = "party")
    @OrderBy("listedDate, createdAt, id")
    public List<MeasureEntity> measures = new ArrayList<>();
}
