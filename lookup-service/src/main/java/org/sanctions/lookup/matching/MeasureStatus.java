package org.sanctions.lookup.matching;

/** Lifecycle state of a measure; nothing is deleted, a delisting revokes. */
public enum MeasureStatus {
    ACTIVE, REVOKED, EXPIRED
}
