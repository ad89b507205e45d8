package org.sanctions.registry.audit;

/** What a recorded change did. */
public enum Action {
    PARTY_CREATED,
    PARTY_UPDATED,
    MEASURE_ADDED,
    MEASURE_REVOKED,
    MEASURE_EXPIRED,
    PROGRAM_CREATED,
    PROGRAM_UPDATED
}
