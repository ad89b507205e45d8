package org.sanctions.registry.importer;

import java.util.List;
import java.util.Objects;

/**
 * What one list entry says about one party, in the registry's vocabulary (field names as in the PartyDto wire
 * contract). {@code sources.get(0)} is the entry's own reference, which a re-import matches by; {@code id} is set only
 * when the file is a registry export; {@code linkedTo} names related parties the list mentions (not part of PartyDto).
 */
public record ImportedParty(String id, Kind kind, List<ImportedName> names, List<ImportedBirthDate> birthDates,
                            List<String> placesOfBirth, List<String> nationalities, List<String> citizenships,
                            Gender gender, List<String> positions, List<ImportedIdentifier> identifiers,
                            List<ImportedAddress> addresses, String remarks, List<SourceRef> sources,
                            List<ImportedMeasure> measures, List<String> linkedTo) {

    /** What kind of subject the entry is. */
    public enum Kind { PERSON, ORGANIZATION, VESSEL, AIRCRAFT }

    /** Gender when the list states it. */
    public enum Gender { MALE, FEMALE }

    public ImportedParty {
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a party needs at least one name");
        }
        birthDates = copy(birthDates);
        placesOfBirth = copy(placesOfBirth);
        nationalities = copy(nationalities);
        citizenships = copy(citizenships);
        positions = copy(positions);
        identifiers = copy(identifiers);
        addresses = copy(addresses);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a party needs its source reference");
        }
        measures = copy(measures);
        linkedTo = copy(linkedTo);
    }

    /** The entry's own reference in the list it was read from. */
    public SourceRef source() {
        return sources.get(0);
    }

    /** The first PRIMARY name (every parser puts exactly one first). */
    public String primaryName() {
        return names.get(0).fullName();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
