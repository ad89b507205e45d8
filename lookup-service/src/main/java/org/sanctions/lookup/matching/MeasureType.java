package org.sanctions.lookup.matching;

/** The kind of restriction a measure imposes. */
public enum MeasureType {
    ASSET_FREEZE, VISA_RESTRICTION, TRAVEL_BAN, SECTORAL, ARMS_EMBARGO, OTHER
}
