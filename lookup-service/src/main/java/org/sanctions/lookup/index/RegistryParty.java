package org.sanctions.lookup.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** The registry's PartyDto as carried by the snapshot export and the change feed (the fields screening needs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryParty(String id, String kind, Long version, List<Name> names, List<Birth> birthDates,
        List<String> nationalities, List<String> citizenships, List<Source> sources, List<MeasureRef> measures) {

    /** One name of the party. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Name(String fullName, String type, String script, String language) {
    }

    /** A birth date: a date (YYYY, YYYY-MM or YYYY-MM-DD) or a from/to range, possibly approximate. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Birth(String date, String from, String to, Boolean circa) {
    }

    /** Where the listing comes from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String authority, String list, String sourceId, String url) {
    }

    /** One measure against the party. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeasureRef(String id, String program, String type, String authority, LocalDate listedDate,
            LocalDate effectiveDate, String status, LocalDate statusDate) {
    }
}
