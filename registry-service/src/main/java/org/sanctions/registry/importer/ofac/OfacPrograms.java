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

    /** OFAC's public page for an entry. */
    static String url(String entNum) {
        return "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + entNum;
    }
}
