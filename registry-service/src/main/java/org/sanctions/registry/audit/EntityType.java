package org.sanctions.registry.audit;

/** Kinds of records whose changes are logged. */
public enum EntityType {
    PARTY,
    PROGRAM,
    /** A configured list source (id: the source id). */
    SOURCE,
    /** An import job (id: the job's UUID). */
    IMPORT
}
