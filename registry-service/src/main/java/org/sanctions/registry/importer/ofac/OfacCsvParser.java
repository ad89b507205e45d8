package org.sanctions.registry.importer.ofac;

import java.io.IOException;
import org.sanctions.registry.importer.ExternalGrouper;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.ParseRun;

/**
 * Parses OFAC's legacy CSV set: {@code sdn.csv} (or {@code cons_prim.csv}) with optional {@code alt.csv},
 * {@code add.csv} and {@code sdn_comments.csv}, joined by ent_num through an {@link ExternalGrouper} so that memory
 * stays bounded whatever the files' size or order. Aliases, addresses or comments of an ent_num missing from the
 * main file are rejected rows.
 */
public final class OfacCsvParser implements ListParser {

    private static final int[] WIDTHS = {12, 5, 6, 2};
    private static final String[] TAGS = {OfacEntry.MAIN, OfacEntry.ALT, OfacEntry.ADD, OfacEntry.COMMENTS};
    private static final String[] KINDS = {"legacy list CSV (sdn.csv layout)", "alias CSV (alt.csv layout)",
        "address CSV (add.csv layout)", "comments CSV (sdn_comments.csv layout)"};

    private final boolean sdnList;

    private OfacCsvParser(boolean sdnList) {
        this.sdnList = sdnList;
    }

    public static OfacCsvParser sdn() {
        return new OfacCsvParser(true);
    }

    public static OfacCsvParser nonSdn() {
        return new OfacCsvParser(false);
    }

    @Override
    public ListFormat format() {
        return sdnList ? ListFormat.OFAC_SDN_CSV : ListFormat.OFAC_NON_SDN_CSV;
    }

    @Override
    public void read(ImportInput input, ParseRun run) throws IOException {
        OfacCsvSet files = new OfacCsvSet(input, sdnList);
        try (ExternalGrouper grouper = new ExternalGrouper()) {
            for (int i = 0; i < TAGS.length; i++) {
                ImportFile file = files.file(TAGS[i]);
                if (file != null) {
                    String tag = TAGS[i];
                    OfacCsvReader.read(file, KINDS[i], WIDTHS[i], (line, fields) -> {
                        run.rowRead();
                        grouper.add(key(fields.get(0)), OfacEntry.tag(tag, line, fields));
                    }, (line, reason) -> {
                        run.rowRead();
                        run.reject(file.name(), line, reason);
                    });
                }
            }
            OfacEntry entries = new OfacEntry(files, run);
            grouper.forEachGroup((key, rows) -> entries.assemble(rows));
        }
    }

    /** Zero-padded so that the grouper's text order is the numeric order. */
    private static String key(String entNum) {
        return "0".repeat(Math.max(0, 10 - entNum.length())) + entNum;
    }
}
