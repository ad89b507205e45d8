package org.sanctions.registry.sources;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One archived file of a source: the exact bytes behind an import, by SHA-256 (append-only). */
@Entity
@Table(name = "source_file")
public class SourceFileEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "source_id")
    public String sourceId;
    public String sha256;
    public long size;
    @Column(name = "fetched_at")
    public Instant fetchedAt;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    @Column(name = "content_type")
    public String contentType;
}
