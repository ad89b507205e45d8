package org.sanctions.registry.importer;

import java.util.Arrays;
import java.util.Locale;

/** The list file formats the importer reads. */
public enum ListFormat {
    OFAC_SDN_CSV("OFAC SDN legacy CSV set (sdn.csv with optional alt.csv, add.csv, sdn_comments.csv)"),
    OFAC_NON_SDN_CSV("OFAC consolidated non-SDN legacy CSV set (cons_prim.csv with cons_alt/add/comments.csv)"),
    OFAC_ENHANCED_XML("OFAC enhanced XML (SDN_ENHANCED / CONS_ENHANCED, optionally zipped)"),
    UN_SC_XML("UN Security Council consolidated list XML"),
    UK_OFSI_XLSX("UK OFSI consolidated list of financial sanctions targets, XLSX"),
    UK_OFSI_CSV("UK OFSI consolidated list of financial sanctions targets, CSV (ConList.csv)"),
    US_CSL_CSV("US Consolidated Screening List CSV (trade.gov), optionally gzipped"),
    FTM_JSONL("OpenSanctions FollowTheMoney entities, JSON lines"),
    REGISTRY_NDJSON("This registry's own NDJSON export (sanctions-registry-export)");

    private final String description;

    ListFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Reads a format name as a client may type it ({@code ofac-sdn-csv}, {@code OFAC_SDN_CSV}). */
    public static ListFormat parse(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new ListFormatException("unknown list format '" + name + "'; known formats: "
                        + Arrays.toString(values())));
    }
}
