package org.sanctions.registry.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctions.registry.importer.ImportedName.Type;

/**
 * Collects what a parser reads about one entry, dropping blanks and repeats, and builds the {@link ImportedParty}:
 * names get their script detected, countries become ISO codes, and exactly one PRIMARY name comes first.
 */
public final class PartyBuilder {

    private final List<SourceRef> sources = new ArrayList<>();
    private ImportedParty.Kind kind;
    private String id;
    private final Map<String, ImportedName> names = new LinkedHashMap<>();
    private final Set<ImportedBirthDate> birthDates = new LinkedHashSet<>();
    private final Set<String> placesOfBirth = new LinkedHashSet<>();
    private final Set<String> nationalities = new LinkedHashSet<>();
    private final Set<String> citizenships = new LinkedHashSet<>();
    private ImportedParty.Gender gender;
    private final Set<String> positions = new LinkedHashSet<>();
    private final Set<ImportedIdentifier> identifiers = new LinkedHashSet<>();
    private final Set<ImportedAddress> addresses = new LinkedHashSet<>();
    private final Set<ImportedMeasure> measures = new LinkedHashSet<>();
    private final Set<String> linkedTo = new LinkedHashSet<>();
    private final Set<ImportedLink> links = new LinkedHashSet<>();
    private final List<String> unknownCountries = new ArrayList<>();
    private String remarks;

    public PartyBuilder(SourceRef source, ImportedParty.Kind kind) {
        this.sources.add(source);
        this.kind = kind;
    }

    public PartyBuilder kind(ImportedParty.Kind kind) {
        this.kind = kind;
        return this;
    }

    public ImportedParty.Kind kind() {
        return kind;
    }

    public PartyBuilder id(String id) {
        this.id = id;
        return this;
    }

    public PartyBuilder source(SourceRef source) {
        if (!sources.contains(source)) {
            sources.add(source);
        }
        return this;
    }

    public SourceRef source() {
        return sources.get(0);
    }

    public PartyBuilder name(String fullName, Type type) {
        return name(fullName, type, null);
    }

    /** Adds a name unless blank; a name already present keeps the stronger of the two types. */
    public PartyBuilder name(String fullName, Type type, String language) {
        String clean = Texts.clean(fullName);
        if (clean == null) {
            return this;
        }
        ImportedName known = names.get(clean);
        if (known == null || type.ordinal() < known.type().ordinal()) {
            String lang = language != null ? language : known == null ? null : known.language();
            names.put(clean, new ImportedName(clean, type, Scripts.detect(clean), lang));
        }
        return this;
    }

    public boolean hasNames() {
        return !names.isEmpty();
    }

    public PartyBuilder birthDate(ImportedBirthDate date) {
        if (date != null) {
            birthDates.add(date);
        }
        return this;
    }

    public PartyBuilder placeOfBirth(String place) {
        addClean(placesOfBirth, place);
        return this;
    }

    /** Adds a nationality given as a country name or code; unknown names are remembered for the summary. */
    public PartyBuilder nationality(String country) {
        addCountry(nationalities, country);
        return this;
    }

    public PartyBuilder citizenship(String country) {
        addCountry(citizenships, country);
        return this;
    }

    public PartyBuilder gender(ImportedParty.Gender gender) {
        if (gender != null) {
            this.gender = gender;
        }
        return this;
    }

    public PartyBuilder position(String position) {
        addClean(positions, position);
        return this;
    }

    /**
     * Adds an identifier; the issuing country may be a name or a code. Lists often name a region or city there
     * instead (e.g. "Jalisco"), so an unknown name just leaves the country empty.
     */
    public PartyBuilder identifier(ImportedIdentifier.Type type, String number, String country) {
        String clean = Texts.clean(number);
        if (clean != null) {
            identifiers.add(new ImportedIdentifier(type, clean, Countries.code(country)));
        }
        return this;
    }

    /** Adds an address; an unknown country name is kept in the region so that nothing is lost. */
    public PartyBuilder address(String street, String city, String region, String postalCode, String country) {
        String code = countryCode(country);
        String reg = Texts.clean(region);
        if (code == null && Texts.clean(country) != null) {
            reg = reg == null ? Texts.clean(country) : reg + ", " + Texts.clean(country);
        }
        ImportedAddress address = new ImportedAddress(Texts.clean(street), Texts.clean(city), reg,
                Texts.clean(postalCode), code);
        if (!address.isEmpty()) {
            addresses.add(address);
        }
        return this;
    }

    public PartyBuilder remarks(String remarks) {
        this.remarks = Texts.clean(remarks);
        return this;
    }

    public PartyBuilder measure(ImportedMeasure measure) {
        measures.add(measure);
        return this;
    }

    public PartyBuilder linkedTo(String name) {
        addClean(linkedTo, name);
        return this;
    }

    /** A typed link the entry states. */
    public PartyBuilder link(ImportedLink link) {
        links.add(link);
        return this;
    }

    /** Country names seen that no ISO code is known for (for the parse summary). */
    public List<String> unknownCountries() {
        return unknownCountries;
    }

    /** Builds the party: the first PRIMARY name (or, lacking one, the first name) leads and is the only PRIMARY. */
    public ImportedParty build() {
        List<ImportedName> ordered = new ArrayList<>();
        ImportedName lead = names.values().stream().filter(n -> n.type() == Type.PRIMARY).findFirst()
                .orElse(names.values().stream().findFirst().orElse(null));
        if (lead != null) {
            ordered.add(new ImportedName(lead.fullName(), Type.PRIMARY, lead.script(), lead.language()));
            names.values().stream().filter(n -> n != lead)
                    .map(n -> n.type() == Type.PRIMARY ? new ImportedName(n.fullName(), Type.AKA, n.script(),
                            n.language()) : n)
                    .forEach(ordered::add);
        }
        return new ImportedParty(id, kind, ordered, List.copyOf(birthDates), List.copyOf(placesOfBirth),
                List.copyOf(nationalities), List.copyOf(citizenships), gender, List.copyOf(positions),
                List.copyOf(identifiers), List.copyOf(addresses), remarks, sources, List.copyOf(measures),
                List.copyOf(linkedTo), List.copyOf(links));
    }

    /** Adds one country, or several when a list crams them into one value ("Estonia, Russia", "Germany. Russia"). */
    private void addCountry(Set<String> target, String country) {
        String clean = Texts.clean(country);
        if (clean == null) {
            return;
        }
        String code = Countries.code(clean);
        if (code != null) {
            target.add(code);
            return;
        }
        List<String> codes = Arrays.stream(clean.split("[,.;/]\\s+")).map(Countries::code).toList();
        if (codes.size() > 1 && !codes.contains(null)) {
            target.addAll(codes);
        } else if (!Countries.isNone(clean)) {
            unknownCountries.add(clean);
        }
    }

    private String countryCode(String country) {
        String clean = Texts.clean(country);
        if (clean == null) {
            return null;
        }
        String code = Countries.code(clean);
        if (code == null && !Countries.isNone(clean)) {
            unknownCountries.add(clean);
        }
        return code;
    }

    private static void addClean(Set<String> target, String value) {
        String clean = Texts.clean(value);
        if (clean != null) {
            target.add(clean);
        }
    }
}
