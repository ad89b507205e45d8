package org.sanctions.registry.importer.csl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctions.registry.importer.ImportedMeasure;

/**
 * The agency lists merged into the CSL, told by the abbreviation in the {@code source} column
 * ("Entity List (EL) - Bureau of Industry and Security"): who maintains each and what a listing on it means.
 */
record CslSources(String code, String authority, ImportedMeasure.Type type) {

    private static final Pattern CODE = Pattern.compile("\\(([A-Z-]+)(?: List)?\\)");

    static CslSources of(String source) {
        Matcher m = CODE.matcher(source == null ? "" : source);
        String code = m.find() ? m.group(1) : "CSL";
        String authority = source != null && source.contains("Treasury") ? "US-OFAC"
                : source != null && source.contains("State Department") ? "US-STATE" : "US-BIS";
        ImportedMeasure.Type type = switch (code) {
            case "SDN" -> ImportedMeasure.Type.ASSET_FREEZE;
            case "SSI", "CMIC", "NS-MBS", "CAP" -> ImportedMeasure.Type.SECTORAL;
            default -> ImportedMeasure.Type.OTHER;
        };
        return new CslSources(code, authority, type);
    }
}
