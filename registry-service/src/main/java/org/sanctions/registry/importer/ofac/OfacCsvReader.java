package org.sanctions.registry.importer.ofac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctions.registry.importer.CheckedTextReader;
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
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CheckedTextReader text = CheckedTextReader.open(file, CP1252);
             CSVParser csv = CSVParser.builder().setReader(text).setFormat(format).get()) {
            Iterator<CSVRecord> it = csv.iterator();
            long line = 1;
            boolean first = true;
            while (hasNext(it, file, line)) {
                CSVRecord record = it.next();
                long start = line;
                line = csv.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).replace(DOS_EOF, "").isBlank()) {
                    continue;
                }
                if (first && record.size() > 0 && record.get(0).trim().equalsIgnoreCase("ent_num")) {
                    continue; // a header row some re-publishers add
                }
                String problem = problem(record, width);
                if (problem != null && first) {
                    throw new ListFormatException(file.name() + " is not an OFAC " + kind + " file: line " + start
                            + " " + problem + " (starts with '" + Texts.excerpt(record.toList().toString(), 60) + "')");
                }
                first = false;
                if (problem != null) {
                    rejects.accept(start, problem);
                } else {
                    records.accept(start, fields(record));
                }
            }
            if (first) {
                throw new ListFormatException(file.name() + " is empty: no OFAC " + kind + " records");
            }
            if (!text.endsWithLineBreak()) {
                throw new ListFormatException(file.name() + " ends in the middle of line " + (line - 1)
                        + " without a line break: the file is truncated");
            }
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> it, ImportFile file, long line) {
        try {
            return it.hasNext();
        } catch (UncheckedIOException e) {
            throw new ListFormatException(file.name() + " cannot be read as CSV after line " + line + ": "
                    + e.getCause().getMessage() + " (truncated file or stray quote)", e);
        }
    }

    private static String problem(CSVRecord record, int width) {
        if (record.size() != width) {
            return "has " + record.size() + " field(s) where " + width + " are expected";
        }
        String id = record.get(0).trim();
        if (!id.matches("\\d{1,10}")) {
            return "has '" + Texts.excerpt(id, 30) + "' where the entry number (ent_num) is expected";
        }
        return null;
    }

    private static List<String> fields(CSVRecord record) {
        List<String> fields = new ArrayList<>(record.size());
        for (String value : record) {
            String trimmed = value.trim();
            fields.add(trimmed.equals(NULL) || trimmed.isEmpty() ? null : trimmed);
        }
        return fields;
    }
}
