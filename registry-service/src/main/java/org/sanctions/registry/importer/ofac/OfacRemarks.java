package org.sanctions.registry.importer.ofac;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctions.registry.importer.BirthDates;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedLink;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.PartyBuilder;
import org.sanctions.registry.importer.Texts;

/**
 * Reads the facts OFAC packs into the legacy CSV remarks ({@code DOB 13 May 1957; POB Hong Kong; nationality China;
 * Gender Female; Passport KJ0505670 (Hong Kong) issued ...; a.k.a. 'LI, Jiachao'; Linked To: ...}). Segments it
 * does not understand stay in the remarks text only.
 */
final class OfacRemarks {

    private static final Pattern SEGMENTS = Pattern.compile(";\\s*");
    private static final Pattern ALT = Pattern.compile("^alt\\.\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOB = Pattern.compile("^DOB:?\\s+(.+)$");
    private static final Pattern POB = Pattern.compile("^POB:?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NATIONALITY =
            Pattern.compile("^nationality(?! of registration):?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CITIZEN = Pattern.compile("^citizen:?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENDER = Pattern.compile("^Gender\\s+(Male|Female)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALIAS = Pattern.compile("^([afn])\\.k\\.a\\.,?\\s+'(.+)'$");
    private static final Pattern LINKED = Pattern.compile("^Linked To:\\s*(.+)$");
    private static final Pattern CRYPTO = Pattern.compile("^Digital Currency Address - \\w+\\s+(\\S+)$");
    private static final Pattern COUNTRY_IN_PARENS = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)(.*)$");
    private static final Pattern ISSUED_EXPIRES = Pattern.compile("\\s+(issued|expires)\\b.*$");

    private OfacRemarks() {
    }

    static void apply(String remarks, PartyBuilder party) {
        if (remarks == null || remarks.isBlank()) {
            return;
        }
        String text = remarks.trim();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        for (String raw : SEGMENTS.split(text)) {
            segment(ALT.matcher(raw.trim()).replaceFirst(""), party);
        }
    }

    private static void segment(String s, PartyBuilder party) {
        Matcher m;
        if ((m = DOB.matcher(s)).matches()) {
            party.birthDate(BirthDates.parse(m.group(1)));
        } else if ((m = POB.matcher(s)).matches()) {
            party.placeOfBirth(m.group(1));
        } else if ((m = NATIONALITY.matcher(s)).matches()) {
            party.nationality(m.group(1));
        } else if ((m = CITIZEN.matcher(s)).matches()) {
            party.citizenship(m.group(1));
        } else if ((m = GENDER.matcher(s)).matches()) {
            party.gender(m.group(1).equalsIgnoreCase("male") ? ImportedParty.Gender.MALE : ImportedParty.Gender.FEMALE);
        } else if ((m = ALIAS.matcher(s)).matches()) {
            party.name(m.group(2), aliasType(m.group(1)));
        } else if ((m = LINKED.matcher(s)).matches()) {
            party.linkedTo(m.group(1));
            String name = Texts.clean(m.group(1));
            if (name != null) {
                party.link(ImportedLink.of(ImportedLink.Type.LINKED_TO, false, name, null, null));
            }
        } else if ((m = CRYPTO.matcher(s)).matches()) {
            party.identifier(ImportedIdentifier.Type.OTHER, m.group(1), null);
        } else {
            identifier(s, party);
        }
    }

    /** Quoted names in remarks are OFAC's weak aliases; f.k.a./n.k.a. keep their own meaning. */
    private static ImportedName.Type aliasType(String letter) {
        return switch (letter) {
            case "f" -> ImportedName.Type.FKA;
            case "n" -> ImportedName.Type.AKA;
            default -> ImportedName.Type.WEAK_AKA;
        };
    }

    private static void identifier(String s, PartyBuilder party) {
        for (String label : OfacIdentifierTypes.LABELS_LONGEST_FIRST) {
            if (s.startsWith(label + " ")) {
                String value = s.substring(label.length() + 1).trim();
                Matcher m = COUNTRY_IN_PARENS.matcher(value);
                String number = m.matches() ? m.group(1) : value;
                String country = m.matches() ? m.group(2) : null;
                number = ISSUED_EXPIRES.matcher(number).replaceFirst("");
                party.identifier(OfacIdentifierTypes.of(label), number, country);
                return;
            }
        }
    }
}
