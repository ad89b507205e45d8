package org.sanctions.registry.importer;

import java.util.Objects;

/** One measure a list states against a party under one program; dates are ISO {@code yyyy-MM-dd} or null. */
public record ImportedMeasure(String program, Type type, String authority, String listedDate, String effectiveDate,
                              Status status, String statusDate, String statusReason, String sourceUrl) {

    /** What the measure does. */
    public enum Type { ASSET_FREEZE, VISA_RESTRICTION, TRAVEL_BAN, SECTORAL, ARMS_EMBARGO, OTHER }

    /** Whether the measure is in force. Lists only publish ACTIVE ones; a registry export carries all three. */
    public enum Status { ACTIVE, REVOKED, EXPIRED }

    public ImportedMeasure {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(status, "status");
    }

    public static ImportedMeasure active(String program, Type type, String authority, String listedDate, String sourceUrl) {
        return new ImportedMeasure(program, type, authority, listedDate, listedDate, Status.ACTIVE, null, null, sourceUrl);
    }
}
