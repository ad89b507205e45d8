package org.sanctions.registry.importer.ofac;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.sanctions.registry.importer.CsvRows;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ListFormatException;
import org.sanctions.registry.importer.Texts;

/**
 * Streams one OFAC legacy CSV file (no header, cp1252, {@code -0- } for null, a trailing 0x1A byte) as records of a
 * fixed width. The first record decides whether the file is of this kind at all; later bad rows are rejected one by
 * one; a file cut off in the middle of a record is refused as a whole.
 */
final class OfacCsvReader {

    static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String NULL = "-0-";
    private static final String DOS_EOF = "\u001A";

    /** Receives each well-formed record: its first line number and its fields (nulls for {@code -0-}). */
    interface RecordSink {
        void accept(long line, List<String> fields);
    }

    /** Receives each malformed record after the first: line number and reason. */
    interface RejectSink {
        void accept(long line, String reason);
    }

    private OfacCsvReader() {
    }

    static void read(ImportFile file, String kind, int width, RecordSink records, RejectSink rejects)
            throws IOException {
        boolean[] first = {true};
        CsvRows.read(file, CP1252, (line, record) -> {
            if (record.size() == 1 && record.get(0).replace(DOS_EOF, "").isBlank()) {
                return; // the DOS end-of-file byte after the last line
            }
            if (first[0] && !record.isEmpty() && record.get(0).trim().equalsIgnoreCase("ent_num")) {
                return; // a header row some re-publishers add
            }
            String problem = problem(record, width);
            if (problem != null && first[0]) {
                throw new ListFormatException(file.name() + " is not an OFAC " + kind + " file: line " + line + " "
                        + problem + " (starts with '" + Texts.excerpt(String.join(",", record), 60) + "')");
            }
            first[0] = false;
            if (problem != null) {
                rejects.accept(line, problem);
            } else {
                records.accept(line, fields(record));
            }
        });
        if (first[0]) {
            throw new ListFormatException(file.name() + " is empty: no OFAC " + kind + " records");
        }
    }

    private static String problem(List<String> record, int width) {
        if (record.size() != width) {
            return "has " + record.size() + " field(s) where " + width + " are expected";
        }
        String id = record.get(0).trim();
        if (!id.matches("\\d{1,10}")) {
            return "has '" + Texts.excerpt(id, 30) + "' where the entry number (ent_num) is expected";
        }
        return null;
    }

    private static List<String> fields(List<String> record) {
        List<String> fields = new ArrayList<>(record.size());
        for (String value : record) {
            String trimmed = value.trim();
            fields.add(trimmed.equals(NULL) || trimmed.isEmpty() ? null : trimmed);
        }
        return fields;
    }
}
