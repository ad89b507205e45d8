package org.sanctions.registry.party;

/** Kind of identifying document or number. */
public enum IdentifierType {
    PASSPORT,
    NATIONAL_ID,
    TAX_ID,
    IMO,
    MMSI,
    REGISTRATION,
    OTHER
}
