package org.sanctions.registry.party;

import java.time.LocalDate;

/**
 * List filters, all optional and combined with AND. The measure criteria (program, authority, measureType, status,
 * listedFrom/To, activeOn) must all hold for one and the same measure of the party. {@code source} finds the party
 * holding one source list entry.
 */
public record PartyFilter(String name, PartyKind kind, String program, String authority, MeasureType measureType,
        MeasureStatus status, String nationality, LocalDate listedFrom, LocalDate listedTo, LocalDate activeOn,
        SourceRef source) {

    boolean hasMeasureCriteria() {
        return program != null || authority != null || measureType != null || status != null || listedFrom != null
                || listedTo != null || activeOn != null;
    }
}
