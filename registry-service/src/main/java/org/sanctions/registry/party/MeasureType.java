package org.sanctions.registry.party;

/** Kind of action taken against a party. */
public enum MeasureType {
    ASSET_FREEZE,
    VISA_RESTRICTION,
    TRAVEL_BAN,
    SECTORAL,
    ARMS_EMBARGO,
    OTHER
}
