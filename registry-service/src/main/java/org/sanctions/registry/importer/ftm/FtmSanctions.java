package org.sanctions.registry.importer.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedProgram;
import org.sanctions.registry.importer.JsonLines;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartialDates;
import org.sanctions.registry.importer.PartyBuilder;

/** Turns a FtM Sanction entity into a measure: program, authority code, kind of measure and listing date. */
final class FtmSanctions {

    /** Authorities the registry already names; others become country code + initials ("NZ-MFAT"). */
    private static final Map<String, String> KNOWN = Map.of(
            "Office of Foreign Assets Control", "US-OFAC", "OFAC", "US-OFAC",
            "Foreign, Commonwealth & Development Office", "UK-FCDO",
            "Office of Financial Sanctions Implementation", "UK-OFSI",
            "Council of the European Union", "EU", "United Nations Security Council", "UN-SC");

    private FtmSanctions() {
    }

    static void measure(JsonNode sanction, PartyBuilder party, ParseRun run) {
        String authority = authority(first(sanction, "authority"), first(sanction, "country"));
        String programName = first(sanction, "program");
        String program = first(sanction, "programId") != null ? first(sanction, "programId")
                : programName != null ? programName : authority;
        String listed = JsonLines.strings(sanction, "listingDate").stream()
                .map(PartialDates::iso).filter(d -> d != null && d.length() == 10).sorted().findFirst()
                .orElse(JsonLines.strings(sanction, "startDate").stream().map(PartialDates::iso)
                        .filter(d -> d != null && d.length() == 10).sorted().findFirst().orElse(null));
        for (ImportedMeasure.Type type : types(JsonLines.strings(sanction, "provisions"))) {
            party.measure(ImportedMeasure.active(program, type, authority, listed, first(sanction, "sourceUrl")));
        }
        run.program(ImportedProgram.of(program, programName, authority));
    }

    static String authority(String name, String country) {
        if (name == null) {
            return country == null ? "UNKNOWN" : country.toUpperCase(Locale.ROOT);
        }
        String known = KNOWN.get(name);
        if (known != null) {
            return known;
        }
        if (name.contains("Bureau of Industry and Security")) {
            return "US-BIS";
        }
        String initials = Arrays.stream(name.split("[\\s,&‑-]+")).filter(w -> !w.isEmpty())
                .filter(w -> Character.isUpperCase(w.codePointAt(0))).map(w -> w.substring(0, 1))
                .collect(Collectors.joining());
        String prefix = country == null ? "INT" : country.toUpperCase(Locale.ROOT);
        return initials.isEmpty() ? prefix : prefix + "-" + initials;
    }

    /** The measures the provisions name ("Asset freeze", "Travel Ban", "Block"); OTHER when none is recognised. */
    static Set<ImportedMeasure.Type> types(List<String> provisions) {
        Set<ImportedMeasure.Type> types = EnumSet.noneOf(ImportedMeasure.Type.class);
        for (String provision : provisions) {
            String text = provision.toLowerCase(Locale.ROOT);
            if (text.contains("freez") || text.contains("financial sanction") || text.equals("block")
                    || text.contains("блокування активів")) {
                types.add(ImportedMeasure.Type.ASSET_FREEZE);
            } else if (text.contains("travel ban") || text.contains("entry ban")) {
                types.add(ImportedMeasure.Type.TRAVEL_BAN);
            } else if (text.contains("visa")) {
                types.add(ImportedMeasure.Type.VISA_RESTRICTION);
            } else if (text.contains("arms embargo")) {
                types.add(ImportedMeasure.Type.ARMS_EMBARGO);
            }
        }
        return types.isEmpty() ? EnumSet.of(ImportedMeasure.Type.OTHER) : types;
    }

    private static String first(JsonNode p, String property) {
        List<String> values = JsonLines.strings(p, property);
        return values.isEmpty() ? null : values.get(0);
    }
}
