package org.sanctions.registry.importer.uk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.PartyBuilder;

/**
 * Reads the labelled sub-fields OFSI packs into "Other Information": {@code (Gender):Male},
 * {@code (IMO number):9123456}, {@code (Flag of ship):...}, {@code (Business Reg No):...}.
 */
final class UkOtherInformation {

    private static final Pattern FIELD =
            Pattern.compile("\\(([A-Za-z][A-Za-z /-]{1,40})\\):\\s*(.*?)(?=\\s*\\([A-Za-z][A-Za-z /-]{1,40}\\):|$)",
                    Pattern.DOTALL);

    private UkOtherInformation() {
    }

    static void apply(String text, PartyBuilder party) {
        if (text == null) {
            return;
        }
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            String value = m.group(2).trim().replaceAll("\\.$", "");
            switch (m.group(1)) {
                case "Gender" -> party.gender(value.startsWith("Male") ? ImportedParty.Gender.MALE
                        : value.startsWith("Female") ? ImportedParty.Gender.FEMALE : null);
                case "IMO number" -> party.identifier(ImportedIdentifier.Type.IMO, value, null);
                case "Flag of ship" -> party.nationality(value);
                case "Business Reg No" -> party.identifier(ImportedIdentifier.Type.REGISTRATION, value, null);
                default -> { }
            }
        }
    }
}
