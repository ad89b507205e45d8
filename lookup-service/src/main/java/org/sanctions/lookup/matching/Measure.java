package org.sanctions.lookup.matching;

import java.time.LocalDate;

/** One measure against a party; active on a date when listed by then and not revoked or expired before it. */
public record Measure(String program, MeasureType type, String authority, LocalDate listedDate, MeasureStatus status,
        LocalDate statusDate) {

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
