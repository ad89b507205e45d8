package org.sanctions.lookup.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader for the evaluation data (quoted fields, doubled quotes, CRLF, OFAC's trailing Ctrl-Z). */
public final class SimpleCsv {

    private SimpleCsv() {
    }

    /** All records of a file; lines starting with '#' are skipped when skipComments is set. */
    public static List<List<String>> read(Path file, Charset charset, boolean skipComments) {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, charset)) {
            StringBuilder field = new StringBuilder();
            List<String> row = new ArrayList<>();
            boolean quoted = false;
            boolean atRowStart = true;
            int c;
            while ((c = in.read()) != -1) {
                char ch = (char) c;
                if (atRowStart && skipComments && ch == '#' && !quoted) {
                    in.readLine();
                    continue;
                }
                atRowStart = false;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    addRow(rows, row);
                    row = new ArrayList<>();
                    atRowStart = true;
                } else if (ch != '\r' && ch != 0x1A) {
                    field.append(ch);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                addRow(rows, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }

    /** OFAC writes null as an unquoted "-0- ": null here. */
    public static String ofac(String value) {
        String v = value == null ? null : value.trim();
        return v == null || v.isEmpty() || v.equals("-0-") ? null : v;
    }
}
