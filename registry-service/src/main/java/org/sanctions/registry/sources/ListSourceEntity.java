package org.sanctions.registry.sources;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.sanctions.registry.importer.ListFormat;

/** A configured list source and what its last checks saw. */
@Entity
@Table(name = "list_source")
public class ListSourceEntity {

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public ListFormat format;
    public String url;
    /** ISO-8601 duration between checks; null: fetched only on request. */
    public String every;
    @Enumerated(EnumType.STRING)
    public SourcePolicy policy;
    /** FULL: the whole list (absent entries are delisted); ADDITIONS: additions and changes only. */
    @Enumerated(EnumType.STRING)
    public org.sanctions.registry.imports.ImportMode mode;
    @Column(name = "max_delist_share")
    public double maxDelistShare;
    /** ISO-8601 duration after which the last successful check is stale. */
    public String sla;
    @Enumerated(EnumType.STRING)
    public SourceState state;
    @Column(name = "last_checked_at")
    public Instant lastCheckedAt;
    @Column(name = "last_changed_at")
    public Instant lastChangedAt;
    @Column(name = "last_applied_at")
    public Instant lastAppliedAt;
    @Column(name = "file_sha256")
    public String fileSha256;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    @Column(name = "last_error")
    public String lastError;
    @Version
    public long version;
}
