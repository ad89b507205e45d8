package org.sanctions.lookup.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The registry's PartyDto as carried by the snapshot export and the change feed (the fields screening needs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryParty(String id, String kind, Long version, List<Name> names, List<Birth> birthDates,
        List<String> nationalities, List<String> citizenships, List<Source> sources, List<MeasureRef> measures,
        List<Link> relationships) {

    /**
     * A link the party states: its type, which side the party is on (OUTGOING: the party owns or controls the other),
     * the other party by registry id or, unresolved, by its published name, the share, and when it ended.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(String type, String direction, String partyId, Target target, BigDecimal share,
            BigDecimal shareMin, BigDecimal shareMax, LocalDate endDate) {
    }

    /** The other party of a link as the list published it, when the registry has no id for it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(String name) {
    }

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
