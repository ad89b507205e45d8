package org.sanctions.registry.party;

/** Whether a measure still applies. */
public enum MeasureStatus {
    ACTIVE,
    REVOKED,
    EXPIRED
}
