package org.sanctions.lookup.matching;

import java.util.List;
import java.util.Set;

/**
 * A listed party as the engine sees it: what screening compares against and what a match reports.
 *
 * @param nationalities ISO 3166 alpha-2 codes of nationalities and citizenships, upper case
 */
public record ListedParty(String id, Kind kind, long version, List<ListedName> names, List<BirthDate> birthDates,
        Set<String> nationalities, List<SourceRef> sources, List<Measure> measures) {

    /** The primary name, or the first name when none is marked primary. */
    public String primaryName() {
        return names.stream().filter(n -> n.type() == NameType.PRIMARY).findFirst()
                .or(() -> names.stream().findFirst()).map(ListedName::fullName).orElse("");
    }
}
