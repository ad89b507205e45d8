package org.sanctions.registry.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an RFC 4180 CSV file record by record with the line each record starts on, decoding strictly
 * ({@link CheckedTextReader}). A quote left open at the end, or a last line without line break, means the file was
 * cut off: that is a {@link ListFormatException}, never a silently shorter list.
 */
public final class CsvRows {

    /** Receives each record: the line it starts on and its fields. */
    public interface Sink {
        void row(long line, List<String> fields);
    }

    private CsvRows() {
    }

    public static void read(ImportFile file, Charset charset, Sink sink) throws IOException {
        try (CheckedTextReader text = CheckedTextReader.open(file, charset);
             CSVParser csv = CSVParser.builder().setReader(text).setFormat(CSVFormat.DEFAULT).get()) {
            Iterator<CSVRecord> records = csv.iterator();
            long line = 1;
            while (hasNext(records, file, line)) {
                CSVRecord record = records.next();
                sink.row(line, record.toList());
                line = csv.getCurrentLineNumber() + 1;
            }
            if (!text.sawNoText() && !text.endsWithLineBreak()) {
                throw new ListFormatException(file.name() + " ends in the middle of line " + Math.max(1, line - 1)
                        + " without a line break: the file is truncated");
            }
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, ImportFile file, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new ListFormatException(file.name() + " cannot be read as CSV after line " + line + ": "
                    + e.getCause().getMessage() + " (truncated file or stray quote)", e);
        }
    }
}
