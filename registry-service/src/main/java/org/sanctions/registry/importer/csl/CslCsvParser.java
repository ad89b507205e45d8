package org.sanctions.registry.importer.csl;

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
import org.sanctions.registry.importer.Texts;

/**
 * Parses the US Consolidated Screening List CSV (trade.gov; gzipped or not). An entity on several source lists (SDN
 * and SSI, say) has one row per list under the same {@code _id}; the rows are grouped into one party with one measure
 * per list and program.
 */
public final class CslCsvParser implements ListParser {

    static final List<String> COLUMNS = List.of("_id", "source", "entity_number", "type", "programs", "name", "title",
            "addresses", "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
            "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
            "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth",
            "nationalities", "places_of_birth", "source_information_url", "ids");

    @Override
    public ListFormat format() {
        return ListFormat.US_CSL_CSV;
    }

    @Override
    public void read(ImportInput input, ParseRun run) throws IOException {
        ImportFile file = input.main();
        try (ExternalGrouper grouper = new ExternalGrouper()) {
            int[] positions = new int[COLUMNS.size()];
            CsvRows.read(file, StandardCharsets.UTF_8, (line, fields) -> {
                if (line == 1) {
                    header(file, fields, positions);
                    return;
                }
                run.rowRead();
                if (fields.size() != positions.length) {
                    run.reject(file.name(), line, "has " + fields.size() + " fields where the header has "
                            + positions.length);
                    return;
                }
                List<String> row = new ArrayList<>(COLUMNS.size() + 1);
                row.add(Long.toString(line));
                for (int p : positions) {
                    row.add(Texts.clean(fields.get(p)));
                }
                String id = row.get(1);
                if (id == null || row.get(6) == null) {
                    run.reject(file.name(), line, "row without _id or name");
                    return;
                }
                grouper.add(id, row);
            });
            CslEntry entries = new CslEntry(file.name(), run);
            grouper.forEachGroup((id, rows) -> entries.assemble(rows));
        }
    }

    private static void header(ImportFile file, List<String> fields, int[] positions) {
        List<String> names = fields.stream().map(f -> f.replace("\uFEFF", "").trim()).toList();
        List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ListFormatException(file.name() + " is not a Consolidated Screening List CSV: its first line"
                    + " lacks the columns " + missing + " (starts with '" + Texts.excerpt(String.join(",", fields), 60)
                    + "')");
        }
        for (int i = 0; i < COLUMNS.size(); i++) {
            positions[i] = names.indexOf(COLUMNS.get(i));
        }
    }
}
