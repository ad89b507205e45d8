package org.sanctions.registry.importer.csl;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sanctions.registry.importer.BirthDates;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.ImportedProgram;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartialDates;
import org.sanctions.registry.importer.PartyBuilder;
import org.sanctions.registry.importer.SourceRef;
import org.sanctions.registry.importer.ofac.OfacIdentifierTypes;

/** Builds one CSL party from the rows that share its {@code _id} (values in column order, line number first). */
final class CslEntry {

    static final String AUTHORITY = "US-TRADE";
    static final String LIST = "CSL";

    private final String fileName;
    private final ParseRun run;

    CslEntry(String fileName, ParseRun run) {
        this.fileName = fileName;
        this.run = run;
    }

    void assemble(List<List<String>> rows) {
        List<String> first = rows.get(0);
        PartyBuilder party = new PartyBuilder(new SourceRef(AUTHORITY, LIST, get(first, "_id"),
                get(first, "source_information_url")), kind(first));
        for (List<String> row : rows) {
            party.name(get(row, "name"), ImportedName.Type.PRIMARY);
            split(get(row, "alt_names")).forEach(n -> party.name(n, ImportedName.Type.AKA));
            party.position(get(row, "title"));
            split(get(row, "dates_of_birth")).forEach(d -> party.birthDate(BirthDates.parse(d)));
            split(get(row, "places_of_birth")).forEach(party::placeOfBirth);
            split(get(row, "nationalities")).forEach(party::nationality);
            split(get(row, "citizenships")).forEach(party::citizenship);
            split(get(row, "addresses")).forEach(a -> address(a, party));
            split(get(row, "ids")).forEach(i -> identifier(i, party));
            party.identifier(ImportedIdentifier.Type.OTHER, get(row, "call_sign"), null);
            party.nationality(get(row, "vessel_flag"));
            measures(row, party);
        }
        party.remarks(get(first, "remarks"));
        run.emit(party, fileName, Long.parseLong(first.get(0)));
    }

    private void measures(List<String> row, PartyBuilder party) {
        CslSources source = CslSources.of(get(row, "source"));
        List<String> programs = split(get(row, "programs"));
        String listed = PartialDates.iso(get(row, "start_date"));
        for (String program : programs.isEmpty() ? List.of(source.code()) : programs) {
            party.measure(ImportedMeasure.active(program, source.type(), source.authority(), listed,
                    get(row, "source_list_url")));
            run.program(ImportedProgram.of(program, programs.isEmpty() ? get(row, "source") : null, source.authority()));
        }
    }

    /** {@code "street, city, postal code, CC"}: the trailing two-letter code is the country. */
    private static void address(String address, PartyBuilder party) {
        int comma = address.lastIndexOf(", ");
        String tail = comma < 0 ? address : address.substring(comma + 2);
        boolean country = tail.matches("[A-Z]{2}");
        party.address(country ? (comma < 0 ? null : address.substring(0, comma)) : address, null, null, null,
                country ? tail : null);
    }

    /** {@code "HK, 2026-04-13, 2016-04-13, KJ0505670, Passport"}, {@code "HK, D3356664, National ID No."}, {@code "Female, Gender"}. */
    private static void identifier(String group, PartyBuilder party) {
        List<String> parts = Arrays.stream(group.split(", ")).map(String::trim).toList();
        String type = parts.get(parts.size() - 1);
        if (type.equals("Gender")) {
            party.gender(parts.get(0).equalsIgnoreCase("Female") ? ImportedParty.Gender.FEMALE
                    : parts.get(0).equalsIgnoreCase("Male") ? ImportedParty.Gender.MALE : null);
            return;
        }
        ImportedIdentifier.Type kind = OfacIdentifierTypes.of(type);
        if (parts.size() < 2 || kind == ImportedIdentifier.Type.OTHER && !OfacIdentifierTypes.isKnown(type)) {
            return; // "Website", "Secondary sanctions risk:" and the like are remarks, not identifiers
        }
        String number = parts.get(parts.size() - 2);
        String country = parts.size() >= 3 && parts.get(0).matches("[A-Z]{2}") ? parts.get(0) : null;
        party.identifier(kind, number, country);
    }

    private static ImportedParty.Kind kind(List<String> row) {
        String type = get(row, "type") == null ? "" : get(row, "type").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "individual" -> ImportedParty.Kind.PERSON;
            case "vessel" -> ImportedParty.Kind.VESSEL;
            case "aircraft" -> ImportedParty.Kind.AIRCRAFT;
            case "entity" -> ImportedParty.Kind.ORGANIZATION;
            // BIS and State rows leave the type empty; a date of birth gives a person away
            default -> get(row, "dates_of_birth") != null ? ImportedParty.Kind.PERSON : ImportedParty.Kind.ORGANIZATION;
        };
    }

    private static List<String> split(String field) {
        return field == null ? List.of() : Arrays.stream(field.split(";\\s*")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String get(List<String> row, String column) {
        return row.get(CslCsvParser.COLUMNS.indexOf(column) + 1);
    }
}
