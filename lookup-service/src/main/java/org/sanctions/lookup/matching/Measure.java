package org.sanctions.lookup.matching;

import java.time.LocalDate;

/**
 * One measure against a party; active on a date when listed by then and not revoked or expired before it.
 *
 * @param derived not a listing of the party itself but the block its listed owners or controllers extend to it under
 *     an ownership rule (the program and authority are the owner's); recomputed from the links on every change
 */
public record Measure(String program, MeasureType type, String authority, LocalDate listedDate, MeasureStatus status,
        LocalDate statusDate, boolean derived) {

    /** A measure the party itself is listed under. */
    public Measure(String program, MeasureType type, String authority, LocalDate listedDate, MeasureStatus status,
            LocalDate statusDate) {
        this(program, type, authority, listedDate, status, statusDate, false);
    }

    /** Whether the measure was in force on the given day. */
    public boolean activeOn(LocalDate day) {
        if (listedDate != null && listedDate.isAfter(day)) {
            return false;
        }
        if (status == null || status == MeasureStatus.ACTIVE) {
            return true;
        }
        // a revocation without a date cannot be placed in time: treat it as effective always
        return statusDate != null && statusDate.isAfter(day);
    }
}
