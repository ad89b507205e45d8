package org.sanctions.registry.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A legal basis under which measures are taken; retired rather than deleted. */
@Entity
@Table(name = "program")
public class ProgramEntity {

    @Id
    public String code;
    public String name;
    public String authority;
    @Column(name = "legal_basis")
    public String legalBasis;
    public String description;
    public String url;
    @Column(name = "retired_on")
    public LocalDate retiredOn;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    void apply(ProgramInput input) {
        name = input.name();
        authority = input.authority();
        legalBasis = input.legalBasis();
        description = input.description();
        url = input.url();
        retiredOn = input.retiredOn();
    }
}
