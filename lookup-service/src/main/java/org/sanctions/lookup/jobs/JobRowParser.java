package org.sanctions.lookup.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.screening.BatchItem;

/**
 * Reads job input line by line (CSV with a header row, or NDJSON). Every line becomes a row or a row error: a
 * malformed line never stops the job. CSV columns: name (required), ref, kind, birthDate, nationality.
 */
final class JobRowParser {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setTrim(true).get();

    private final boolean csv;
    private final ObjectMapper json;
    private final int maxNameLength;
    private Map<String, Integer> columns;

    JobRowParser(boolean csv, ObjectMapper json, int maxNameLength) {
        this.csv = csv;
        this.json = json;
        this.maxNameLength = maxNameLength;
    }

    /** The row for one physical line, or null for a header or blank line. */
    JobRow parse(int rowNo, String line) {
        if (line.isBlank()) {
            return null;
        }
        return csv ? csvRow(rowNo, line) : jsonRow(rowNo, line);
    }

    private JobRow csvRow(int rowNo, String line) {
        List<String> fields;
        try {
            fields = fields(line);
        } catch (IOException | RuntimeException e) {
            return JobRow.failed(rowNo, null, "malformed CSV line");
        }
        if (columns == null) {
            return header(fields, rowNo);
        }
        String ref = get(fields, "ref");
        return validate(rowNo, ref, get(fields, "name"), get(fields, "kind"), get(fields, "birthdate"),
                get(fields, "nationality"));
    }

    private JobRow header(List<String> fields, int rowNo) {
        columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            columns.put(fields.get(i).toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("name")) {
            columns.put("name", 0); // no header naming "name": read the first column as the name, this line too
            columns.remove(fields.get(0).toLowerCase(Locale.ROOT));
            return validate(rowNo, null, fields.get(0), null, null, null);
        }
        return null;
    }

    private JobRow jsonRow(int rowNo, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            return JobRow.failed(rowNo, null, "malformed JSON line");
        }
        if (!node.isObject()) {
            return JobRow.failed(rowNo, null, "line is not a JSON object");
        }
        return validate(rowNo, text(node, "ref"), text(node, "name"), text(node, "kind"), text(node, "birthDate"),
                text(node, "nationality"));
    }

    private JobRow validate(int rowNo, String ref, String name, String kind, String birthDate, String nationality) {
        if (name == null || name.isBlank()) {
            return JobRow.failed(rowNo, ref, "name: must not be blank");
        }
        if (name.length() > maxNameLength) {
            return JobRow.failed(rowNo, ref, "name: size must be at most " + maxNameLength);
        }
        Kind parsedKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsedKind = Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return JobRow.failed(rowNo, ref, "kind: must be one of " + List.of(Kind.values()));
            }
        }
        if (nationality != null && !nationality.isBlank() && !nationality.trim().matches("[A-Za-z]{2}")) {
            return JobRow.failed(rowNo, ref, "nationality: must be an ISO 3166 alpha-2 code");
        }
        return JobRow.ok(rowNo, new BatchItem(ref, name, parsedKind, blankToNull(birthDate),
                blankToNull(nationality)));
    }

    private static List<String> fields(String line) throws IOException {
        List<String> out = new ArrayList<>();
        try (var parser = CSV.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IOException("not one record");
            }
            records.get(0).forEach(out::add);
        }
        return out;
    }

    private String get(List<String> fields, String column) {
        Integer i = columns.get(column);
        return i == null || i >= fields.size() ? null : fields.get(i);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
