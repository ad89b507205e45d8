package org.sanctions.registry.importer.uk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sanctions.registry.importer.CsvRows;
import org.sanctions.registry.importer.ExternalGrouper;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.ListFormatException;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartialDates;
import org.sanctions.registry.importer.Texts;

/**
 * Parses the UK OFSI consolidated list of financial sanctions targets, as XLSX or as ConList.csv (same columns).
 * The file has one row per name variant; rows sharing a Group ID are one designation but are not adjacent, so they
 * are brought together by an {@link ExternalGrouper} before each designation is built.
 */
public final class UkOfsiParser implements ListParser {

    private static final int HEADER_SEARCH_ROWS = 5;

    private final boolean xlsx;

    private UkOfsiParser(boolean xlsx) {
        this.xlsx = xlsx;
    }

    public static UkOfsiParser xlsx() {
        return new UkOfsiParser(true);
    }

    public static UkOfsiParser csv() {
        return new UkOfsiParser(false);
    }

    @Override
    public ListFormat format() {
        return xlsx ? ListFormat.UK_OFSI_XLSX : ListFormat.UK_OFSI_CSV;
    }

    @Override
    public void read(ImportInput input, ParseRun run) throws IOException {
        ImportFile file = input.main();
        try (ExternalGrouper grouper = new ExternalGrouper()) {
            Rows rows = new Rows(file.name(), run, grouper);
            if (xlsx) {
                UkXlsxRows.read(file, rows::row);
            } else {
                CsvRows.read(file, StandardCharsets.UTF_8, rows::row);
            }
            if (rows.columns == null) {
                throw new ListFormatException(file.name() + " is not an OFSI consolidated list: no header row naming"
                        + " 'Name 6' and 'Group ID' in its first " + HEADER_SEARCH_ROWS + " rows");
            }
            UkDesignation designations = new UkDesignation(file.name(), run);
            grouper.forEachGroup((groupId, group) -> designations.assemble(group));
        }
    }

    /** Finds the preamble and header rows, then files every data row under its Group ID. */
    private static final class Rows {
        private final String fileName;
        private final ParseRun run;
        private final ExternalGrouper grouper;
        private UkColumns columns;

        Rows(String fileName, ParseRun run, ExternalGrouper grouper) {
            this.fileName = fileName;
            this.run = run;
            this.grouper = grouper;
        }

        void row(long number, List<String> cells) {
            if (columns == null) {
                header(number, cells);
                return;
            }
            run.rowRead();
            List<String> values = columns.values(cells);
            String groupId = values.get(UkColumns.index("Group ID"));
            if (values.stream().allMatch(v -> v == null)) {
                return;
            }
            if (groupId == null) {
                run.reject(fileName, number, "row without Group ID");
                return;
            }
            List<String> stored = new ArrayList<>(values.size() + 1);
            stored.add(Long.toString(number));
            stored.addAll(values);
            grouper.add("0".repeat(Math.max(0, 12 - groupId.length())) + groupId, stored);
        }

        private void header(long number, List<String> cells) {
            if (number > HEADER_SEARCH_ROWS) {
                throw new ListFormatException(fileName + " is not an OFSI consolidated list: no header row naming"
                        + " 'Name 6' and 'Group ID' in its first " + HEADER_SEARCH_ROWS + " rows (row " + number + " starts with '"
                        + Texts.excerpt(String.valueOf(cells), 60) + "')");
            }
            if (cells.size() >= 2 && "Last Updated".equals(Texts.clean(cells.get(0)))) {
                run.publicationDate(cells.get(1) == null ? null : PartialDates.slashed(cells.get(1)));
            }
            columns = UkColumns.ifHeader(cells, fileName);
        }
    }
}
