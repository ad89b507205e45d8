package org.sanctions.registry.importer;

import java.util.List;
import java.util.Objects;

/**
 * What one list entry says about one party, in the registry's vocabulary (field names as in the PartyDto wire
 * contract). {@code sources.get(0)} is the entry's own reference, which a re-import matches by; {@code id} is set only
 * when the file is a registry export, where a hand-curated party may have no source at all and is matched by its id;
 * {@code linkedTo} names related parties the list mentions (kept in the remarks), {@code links} are the typed links
 * the entry states (the document's relationships).
 */
public record ImportedParty(String id, Kind kind, List<ImportedName> names, List<ImportedBirthDate> birthDates,
                            List<String> placesOfBirth, List<String> nationalities, List<String> citizenships,
                            Gender gender, List<String> positions, List<ImportedIdentifier> identifiers,
                            List<ImportedAddress> addresses, String remarks, List<SourceRef> sources,
                            List<ImportedMeasure> measures, List<String> linkedTo, List<ImportedLink> links) {

    /** An entry without typed links. */
    public ImportedParty(String id, Kind kind, List<ImportedName> names, List<ImportedBirthDate> birthDates,
                         List<String> placesOfBirth, List<String> nationalities, List<String> citizenships,
                         Gender gender, List<String> positions, List<ImportedIdentifier> identifiers,
                         List<ImportedAddress> addresses, String remarks, List<SourceRef> sources,
                         List<ImportedMeasure> measures, List<String> linkedTo) {
        this(id, kind, names, birthDates, placesOfBirth, nationalities, citizenships, gender, positions, identifiers,
                addresses, remarks, sources, measures, linkedTo, List.of());
    }

    /** The same entry with these links instead of its own. */
    public ImportedParty withLinks(List<ImportedLink> replaced) {
        return new ImportedParty(id, kind, names, birthDates, placesOfBirth, nationalities, citizenships, gender,
                positions, identifiers, addresses, remarks, sources, measures, linkedTo, replaced);
    }

    /** What kind of subject the entry is. */
    public enum Kind { PERSON, ORGANIZATION, VESSEL, AIRCRAFT }

    /** Gender when the list states it. */
    public enum Gender { MALE, FEMALE }

    public ImportedParty {
        Objects.requireNonNull(kind, "kind");
        names = copy(names);
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
        sources = copy(sources);
        if (sources.isEmpty() && id == null) {
            throw new IllegalArgumentException("a party needs its source reference (or, from an export, its id)");
        }
        measures = copy(measures);
        linkedTo = copy(linkedTo);
        links = copy(links);
    }

    /** The entry's own reference in the list it was read from (null only for a hand-curated exported party). */
    public SourceRef source() {
        return sources.isEmpty() ? null : sources.get(0);
    }

    /** What a re-import matches the party by: its source reference, or for a hand-curated exported party its id. */
    public SourceKey key() {
        return sources.isEmpty() ? new SourceKey(REGISTRY, "PARTY", id) : sources.get(0).key();
    }

    /** The authority name of keys for parties that no list published. */
    public static final String REGISTRY = "REGISTRY";

    /** The first PRIMARY name (every parser puts exactly one first). */
    public String primaryName() {
        return names.get(0).fullName();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
