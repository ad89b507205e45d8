package org.sanctions.registry.importer.ofac;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sanctions.registry.importer.ImportedMeasure;

/** OFAC program codes: splitting the legacy CSV's joined field and telling what measure a listing means. */
final class OfacPrograms {

    static final String AUTHORITY = "US-OFAC";

    /** Non-SDN programs that restrict certain dealings (debt, equity, securities) rather than block all property. */
    private static final Set<String> SECTORAL = Set.of("UKRAINE-EO13662", "RUSSIA-EO14024", "CMIC-EO13959",
            "NS-MBS", "MBS", "CAPTA", "NS-CAPTA", "EO13846");

    private static final java.util.regex.Pattern EXECUTIVE_ORDER = java.util.regex.Pattern.compile("EO(\\d{5})");

    private OfacPrograms() {
    }

    /** {@code SDGT] [IRGC] [IFSR} (outer brackets missing in the file) to {@code [SDGT, IRGC, IFSR]}. */
    static List<String> split(String field) {
        if (field == null) {
            return List.of();
        }
        return Arrays.stream(field.split("\\]\\s*\\["))
                .map(p -> p.replace("[", "").replace("]", "").trim())
                .filter(p -> !p.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * SDN entries are blocked (asset freeze) under every program; on the non-SDN lists the sectoral programs restrict
     * dealings and the rest (e.g. NS-PLC, FSE) are other measures.
     */
    static ImportedMeasure.Type measureType(String program, boolean onSdnList) {
        if (onSdnList) {
            return ImportedMeasure.Type.ASSET_FREEZE;
        }
        return SECTORAL.contains(program) ? ImportedMeasure.Type.SECTORAL : ImportedMeasure.Type.OTHER;
    }

    /**
     * The measure under one program of an enhanced-XML entity: sectoral when one of the entity's sanctions types is a
     * directive of the program's executive order, an asset freeze when the entity is blocked, else as on the
     * non-SDN lists.
     */
    static ImportedMeasure.Type measureType(String program, List<String> sanctionsTypes, boolean blocked) {
        String order = executiveOrder(program);
        boolean directive = !order.isEmpty() && sanctionsTypes.stream()
                .anyMatch(t -> t.contains(order) && (t.contains("Directive") || t.contains("Sectoral")));
        if (directive) {
            return ImportedMeasure.Type.SECTORAL;
        }
        return blocked ? ImportedMeasure.Type.ASSET_FREEZE : measureType(program, false);
    }

    /** The executive order number in a program code ({@code UKRAINE-EO13662} -> {@code 13662}), or empty. */
    static String executiveOrder(String program) {
        java.util.regex.Matcher m = EXECUTIVE_ORDER.matcher(program);
        return m.find() ? m.group(1) : "";
    }

    /** OFAC's public page for an entry. */
    static String url(String entNum) {
        return "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + entNum;
    }
}
