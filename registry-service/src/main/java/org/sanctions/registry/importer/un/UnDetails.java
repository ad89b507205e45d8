package org.sanctions.registry.importer.un;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.PartialDates;
import org.sanctions.registry.importer.XmlNode;

/** Reads the UN list's structured details: dates of birth, places of birth, documents, gender. */
final class UnDetails {

    private UnDetails() {
    }

    /** EXACT / APPROXIMATELY with DATE or YEAR, BETWEEN with FROM_YEAR and TO_YEAR; null when empty. */
    static ImportedBirthDate birthDate(XmlNode dob) {
        String type = dob.text("TYPE_OF_DATE") == null ? "" : dob.text("TYPE_OF_DATE").toUpperCase(Locale.ROOT);
        boolean circa = type.equals("APPROXIMATELY");
        String from = PartialDates.iso(dob.text("FROM_YEAR"));
        String to = PartialDates.iso(dob.text("TO_YEAR"));
        if (from != null && to != null) {
            return ImportedBirthDate.range(from, to, circa);
        }
        String date = PartialDates.iso(dob.text("DATE"));
        if (date == null) {
            date = PartialDates.iso(dob.text("YEAR"));
        }
        return date == null ? null : new ImportedBirthDate(date, null, null, circa);
    }

    static String place(XmlNode place) {
        String joined = Stream.of("STREET", "CITY", "STATE_PROVINCE", "COUNTRY").map(place::text)
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    static ImportedParty.Gender gender(String gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender.toLowerCase(Locale.ROOT)) {
            case "male" -> ImportedParty.Gender.MALE;
            case "female" -> ImportedParty.Gender.FEMALE;
            default -> null;
        };
    }

    /** Passports (also in French and Spanish), national identification numbers, else OTHER. */
    static ImportedIdentifier.Type documentType(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.contains("passport") || t.contains("passeport") || t.contains("pasaporte")) {
            return ImportedIdentifier.Type.PASSPORT;
        }
        if (t.contains("national identification") || t.contains("identity card") || t.contains("national id")) {
            return ImportedIdentifier.Type.NATIONAL_ID;
        }
        return t.contains("tax") ? ImportedIdentifier.Type.TAX_ID : ImportedIdentifier.Type.OTHER;
    }
}
