package org.sanctions.registry.importer.uk;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.ImportedProgram;
import org.sanctions.registry.importer.Languages;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartialDates;
import org.sanctions.registry.importer.PartyBuilder;
import org.sanctions.registry.importer.SourceRef;

/** Builds one OFSI designation from all its name rows (values in {@link UkColumns#NAMES} order, row number first). */
final class UkDesignation {

    static final String SOURCE_AUTHORITY = "UK-OFSI";
    static final String MEASURE_AUTHORITY = "UK-FCDO";
    static final String LIST = "CONSOLIDATED";
    static final String LIST_URL = "https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets";

    private final String fileName;
    private final ParseRun run;

    UkDesignation(String fileName, ParseRun run) {
        this.fileName = fileName;
        this.run = run;
    }

    void assemble(List<List<String>> rows) {
        List<String> first = rows.get(0);
        ImportedParty.Kind kind = kind(get(first, "Group Type"));
        long line = Long.parseLong(first.get(0));
        if (kind == null) {
            run.reject(fileName, line, "unknown Group Type '" + get(first, "Group Type") + "'");
            return;
        }
        PartyBuilder party = new PartyBuilder(SourceRef.of(SOURCE_AUTHORITY, LIST, get(first, "Group ID")), kind);
        rows.stream().filter(r -> "Primary name".equals(get(r, "Alias Type"))).forEach(r -> names(r, kind, party));
        rows.stream().filter(r -> !"Primary name".equals(get(r, "Alias Type"))).forEach(r -> names(r, kind, party));
        for (List<String> row : rows) {
            details(row, party);
        }
        UkOtherInformation.apply(get(first, "Other Information"), party);
        party.remarks(get(first, "Other Information"));
        measure(first, party);
        run.emit(party, fileName, line);
    }

    private static void names(List<String> row, ImportedParty.Kind kind, PartyBuilder party) {
        String surname = get(row, "Name 6");
        String given = Stream.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5").map(c -> get(row, c))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        String full = kind == ImportedParty.Kind.PERSON && !given.isEmpty()
                ? given + (surname == null ? "" : " " + surname) : surname;
        party.name(full, nameType(get(row, "Alias Type"), get(row, "Alias Quality")));
        party.name(get(row, "Name Non-Latin Script"), ImportedName.Type.AKA,
                Languages.code(get(row, "Non-Latin Script Language")));
    }

    private static void details(List<String> row, PartyBuilder party) {
        party.birthDate(dob(get(row, "DOB")));
        List<String> towns = UkLists.split(get(row, "Town of Birth"));
        List<String> countries = UkLists.split(get(row, "Country of Birth"));
        for (int i = 0; i < Math.max(towns.size(), countries.size()); i++) {
            String town = i < towns.size() ? towns.get(i) : null;
            String country = i < countries.size() ? countries.get(i) : null;
            party.placeOfBirth(Stream.of(town, country).filter(Objects::nonNull).collect(Collectors.joining(", ")));
        }
        UkLists.split(get(row, "Nationality")).forEach(party::nationality);
        UkLists.split(get(row, "Passport Number"))
                .forEach(n -> party.identifier(ImportedIdentifier.Type.PASSPORT, n, null));
        UkLists.split(get(row, "National Identification Number"))
                .forEach(n -> party.identifier(ImportedIdentifier.Type.NATIONAL_ID, n, null));
        UkLists.split(get(row, "Position")).forEach(party::position);
        party.position(get(row, "Title"));
        String street = Stream.of("Address 1", "Address 2", "Address 3", "Address 4", "Address 5")
                .map(c -> get(row, c)).filter(Objects::nonNull).collect(Collectors.joining(", "));
        party.address(street, get(row, "Address 6"), null, get(row, "Post/Zip Code"), get(row, "Country"));
    }

    private void measure(List<String> row, PartyBuilder party) {
        String regime = get(row, "Regime");
        if (regime == null) {
            return;
        }
        String program = "UK-" + regime.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        run.program(ImportedProgram.of(program, regime, MEASURE_AUTHORITY));
        String listed = dateOf(get(row, "Listed On"));
        party.measure(new ImportedMeasure(program, ImportedMeasure.Type.ASSET_FREEZE, MEASURE_AUTHORITY, listed,
                dateOf(get(row, "UK Sanctions List Date Designated")), ImportedMeasure.Status.ACTIVE, null, null,
                LIST_URL));
    }

    /** A DOB like {@code 07/12/1957}, {@code 00/00/1957} (day and month unknown), {@code 12/1957} or {@code 1957}. */
    private static ImportedBirthDate dob(String text) {
        String date = text == null ? null : PartialDates.slashed(text);
        return date == null ? null : ImportedBirthDate.exact(date);
    }

    private static String dateOf(String text) {
        String date = text == null ? null : PartialDates.slashed(text);
        return date != null && date.length() == 10 ? date : null;
    }

    private static ImportedName.Type nameType(String aliasType, String quality) {
        String type = aliasType == null ? "" : aliasType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "primary name" -> ImportedName.Type.PRIMARY;
            case "fka" -> ImportedName.Type.FKA;
            case "aka" -> "Low quality".equalsIgnoreCase(quality) ? ImportedName.Type.WEAK_AKA : ImportedName.Type.AKA;
            default -> ImportedName.Type.AKA;
        };
    }

    private static ImportedParty.Kind kind(String groupType) {
        String type = groupType == null ? "" : groupType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "individual" -> ImportedParty.Kind.PERSON;
            case "entity" -> ImportedParty.Kind.ORGANIZATION;
            case "ship" -> ImportedParty.Kind.VESSEL;
            default -> null;
        };
    }

    /** The value of a named column in a stored row (which starts with the row number). */
    static String get(List<String> row, String column) {
        return row.get(UkColumns.index(column) + 1);
    }
}
